import { Page } from '../../ui/Page';

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for. */
export function AccessibilityStatement() {
  return (
    <Page title="Accessibility statement">
      <p className="govuk-body">
        This statement applies to this dashboard of Ofsted judgements and government intervention in
        Northamptonshire children&apos;s social care. We want as many people as possible to be able
        to use it. You should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate every view, chart and table using just a keyboard</li>
        <li>
          use it with a screen reader: every chart has a title, a description and a table of the
          same data
        </li>
        <li>read the headline facts with JavaScript turned off: each page is built in advance</li>
        <li>use it in a dark colour scheme, which follows your device setting</li>
      </ul>

      <h2 className="govuk-heading-m">How accessible this dashboard is</h2>
      <p className="govuk-body">
        We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
        Every page is checked automatically with axe-core for the WCAG 2.0, 2.1 and 2.2 A and AA
        rules in a real browser, in light and dark colour schemes and at 320 pixels wide, on every
        change to the code. Automated checks find only some problems, so we also test by keyboard.
      </p>
      <p className="govuk-body">
        Parts of the dashboard are not built yet; they say so on their page.
      </p>

      <h2 className="govuk-heading-m">Colour</h2>
      <p className="govuk-body">
        Charts use the Government Analysis Function&apos;s accessible colour palette. Colour is
        never the only way information is given: judgements are also written as words, and marks
        have labels or patterns.
      </p>

      <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
      <p className="govuk-body">
        If you find a problem not listed here, please tell the team that runs this dashboard, saying
        which page and what you were trying to do. This prototype has no public contact address yet;
        until it has, raise an issue with the team that gave you the link.
      </p>

      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If
        you are not happy with how we respond to your complaint, contact the Equality Advisory and
        Support Service (EASS).
      </p>

      <h2 className="govuk-heading-m">Preparation of this statement</h2>
      <p className="govuk-body">
        This statement was prepared on 23 November 2026. It is reviewed when the dashboard changes.
      </p>
    </Page>
  );
}
