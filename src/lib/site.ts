/** The service's name, as the header and every page title give it. */
export const SERVICE_NAME = "Northamptonshire children's social care: inspection and intervention";

export const pageTitle = (title: string) => `${title} – ${SERVICE_NAME}`;
