import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Page } from './Page';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a page whose address holds a date it cannot read', () => {
  it('says politely which value was dropped', () => {
    window.history.replaceState(null, '', '/?since=2018-02-30&asAt=2018-11-30');
    render(<Page title="Briefing" />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A date in the address was not used');
    expect(notice).toHaveTextContent('since “2018-02-30”');
    expect(notice).not.toHaveTextContent('asAt');
  });

  it('shortens a huge value and says nothing when every date is real', () => {
    window.history.replaceState(null, '', `/?from=${'9'.repeat(10_000)}`);
    const { unmount } = render(<Page title="Timeline" />);
    expect(screen.getByRole('status').textContent!.length).toBeLessThan(300);
    unmount();
    window.history.replaceState(null, '', '/?asAt=2018-11-30&from=2013-01-01');
    render(<Page title="Timeline" />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
