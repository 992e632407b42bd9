import { Link } from 'wouter';
import { Page } from './Page';

/** A view that is planned but not built: said plainly, never faked. */
export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <Page title={title}>
      <div className="govuk-inset-text">
        <p className="govuk-body">
          This view is not built yet. When it is, it will show {what}.
        </p>
        <p className="govuk-body">
          Until then, every record is in the <Link href="/data">Data</Link> view, with its sources,
          and each source document is listed under <Link href="/sources">Sources</Link>.
        </p>
      </div>
    </Page>
  );
}
