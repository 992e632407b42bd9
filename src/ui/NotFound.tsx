import { Link } from 'wouter';
import { Page } from './Page';

export function NotFound() {
  return (
    <Page title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link href="/">Go to the briefing</Link>
      </p>
    </Page>
  );
}
