// src/app/boot.ts is loaded `async` (index.html), so it may run while the page is still being
// parsed; it must not start the app on half a page.
import { afterEach, describe, expect, it, vi } from 'vitest';

const startApp = vi.fn();
vi.mock('../../src/app/main', () => ({ start: startApp }));

let readyState: DocumentReadyState = 'complete';
Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });

/** Lets boot's promises and its dynamic import of ./main settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function runBoot() {
  vi.resetModules();
  await import('../../src/app/boot');
  await settle();
}

describe('boot', () => {
  afterEach(() => {
    readyState = 'complete';
    startApp.mockReset();
  });

  it('starts the app straight away on a parsed page with nothing pre-rendered', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await runBoot();
    expect(startApp).toHaveBeenCalledTimes(1);
  });

  it('waits for the rest of the page while it is still being parsed', async () => {
    readyState = 'loading';
    document.body.innerHTML = '<div id="root"></div>';
    await runBoot();
    expect(startApp).not.toHaveBeenCalled();

    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    expect(startApp).toHaveBeenCalledTimes(1);
  });
});
