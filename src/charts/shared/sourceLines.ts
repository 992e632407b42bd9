/** The source lines under an embedded or exported chart, by where its data comes from. */
export const LOCAL_SOURCES =
  "Ofsted inspection reports, and DfE and MHCLG directions, letters and announcements (listed on the dashboard's Sources page)";
export const NATIONAL_SOURCES =
  'Ofsted inspection reports for every English local authority, compiled by the ofsted-ilacs-scrape-tool project (Open Government Licence v3.0)';
