import type { ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useMeta } from '../data/queries';
import { formatPartialDate } from '../domain/dates';
import { SERVICE_NAME } from '../lib/site';
import { toSharedQuery } from '../lib/useUrlState';
import { AsAtNotice } from '../ui/AsAtNotice';
import { ROUTES } from './routes';

function DataVersion() {
  const meta = useMeta();
  if (!meta.data) return <>Data version: {meta.isError ? 'not available' : 'loading'}</>;
  return (
    <>
      Data version {meta.data.version}, last checked against its sources on{' '}
      {formatPartialDate(meta.data.checked)}.
    </>
  );
}

/** The app's chrome: skip link, header, navigation to every view, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const shared = toSharedQuery(useSearch());
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header app-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link
              href={`/${shared}`}
              className="govuk-generic-header__homepage-link app-header__name"
            >
              {SERVICE_NAME}
            </Link>
          </div>
        </div>
      </header>
      <section aria-label="Views" className="govuk-service-navigation app-nav">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Views" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {ROUTES.filter((r) => r.inNav).map((route) => {
                  const current = location === route.path;
                  return (
                    <li
                      key={route.path}
                      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        href={`${route.path}${shared}`}
                        className="govuk-service-navigation__link"
                        aria-current={current ? 'page' : undefined}
                      >
                        {current ? (
                          <strong className="govuk-service-navigation__active-fallback">
                            {route.title}
                          </strong>
                        ) : (
                          route.title
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <AsAtNotice />
          {children}
        </main>
      </div>
      <footer className="govuk-footer app-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/sources">
                    Sources
                  </Link>
                </li>
              </ul>
              <p className="govuk-body-s app-footer__text">
                <DataVersion />
              </p>
              <p className="govuk-body-s app-footer__text">
                Built from public documents: Crown copyright, reused under the{' '}
                <a
                  className="govuk-footer__link"
                  href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                >
                  Open Government Licence v3.0
                </a>
                . Not an official government service.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
