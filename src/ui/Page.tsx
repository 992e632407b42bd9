import { useEffect, type ReactNode } from 'react';
import { pageTitle } from '../lib/site';
import { DroppedParamsNotice } from './DroppedParamsNotice';

/** A page's heading and lead paragraph; sets the document title for client-side navigation. */
export function Page({
  title,
  caption,
  lead,
  children,
}: {
  title: string;
  caption?: string;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <DroppedParamsNotice />
      {lead ? <p className="govuk-body-l app-lead">{lead}</p> : null}
      {children}
    </>
  );
}
