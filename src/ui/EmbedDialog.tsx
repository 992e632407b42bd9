import { useId, useRef, useState, type RefObject } from 'react';
import {
  EMBED_HEIGHTS,
  toEmbedUrl,
  toIframeSnippet,
  toResizeScriptSnippet,
  type EmbedChartName,
  type EmbedLayout,
  type EmbedTheme,
} from '../lib/embedCode';

/** Where the dialog was opened from: the app's origin and the view's query string. */
export interface EmbedContext {
  origin: string;
  search: string;
}

interface Props {
  dialogRef: RefObject<HTMLDialogElement>;
  chart: EmbedChartName;
  title: string;
  /** The data version in use, offered for pinning; null while unknown. */
  version: string | null;
  /** Set when the dialog opens (it reads the browser's address), null before. */
  context: EmbedContext | null;
  onClose: () => void;
}

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: "Follow the reader's setting (light or dark)",
  light: 'Always light',
  dark: 'Always dark',
};

const LAYOUT_LABELS: Record<EmbedLayout, string> = {
  default: 'Web page (its height follows the chart)',
  slide: 'Slide (16:9)',
};

/** Copy text, falling back to selecting it for the reader to copy (no clipboard on http, or refused). */
async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return false;
  }
}

/** Code to copy: a read-only field and a Copy button that says what happened. */
function CodeField({
  id,
  label,
  value,
  rows,
  onCopy,
}: {
  id: string;
  label: string;
  value: string;
  rows: number;
  onCopy: (status: string) => void;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const onClick = async () => {
    const done = await copy(value, field.current);
    onCopy(done ? `${label} copied.` : `${label} selected: press Ctrl+C (or Cmd+C) to copy it.`);
  };
  return (
    <>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <textarea ref={field} className="app-embed-code" id={id} rows={rows} readOnly value={value} />
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-embed-dialog__copy"
        onClick={() => void onClick()}
      >
        Copy {label.toLowerCase()}
      </button>
    </>
  );
}

/** The Embed dialog: the iframe code, pinning to a data version, the theme and the optional resize script. */
export function EmbedDialog({ dialogRef, chart, title, version, context, onClose }: Props) {
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [layout, setLayout] = useState<EmbedLayout>('default');
  const [status, setStatus] = useState('');
  const src = context
    ? toEmbedUrl({
        origin: context.origin,
        chart,
        search: context.search,
        version: pinned ? version : null,
        theme,
        layout,
      })
    : '';
  const iframe = context
    ? toIframeSnippet({ src, title, height: layout === 'slide' ? 'slide' : EMBED_HEIGHTS[chart] })
    : '';
  const script = context ? toResizeScriptSnippet(context.origin) : '';

  return (
    <dialog
      ref={dialogRef}
      className="app-embed-dialog"
      aria-labelledby={`${id}-heading`}
      onClose={onClose}
    >
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        Embed this chart
      </h2>
      <p className="govuk-body">
        Paste this code into a web page, a blog post or an intranet page. The chart keeps its title,
        its source, its table and its summary, and links back to the full view.
      </p>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${id}-pin`}
              type="checkbox"
              checked={pinned}
              disabled={!version}
              onChange={(e) => setPinned(e.target.checked)}
              aria-describedby={`${id}-pin-hint`}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-pin`}>
              Pin to data version {version ?? '(loading)'}
            </label>
            <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-pin-hint`}>
              A pinned chart does not change when the data is updated, so slides and posts keep
              showing what they showed. Unpinned, it follows the latest data.
            </div>
          </div>
        </div>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-layout`}>
          Layout
        </label>
        <div className="govuk-hint" id={`${id}-layout-hint`}>
          On a slide, give the chart the slide&apos;s own title: the frame keeps a 16:9 shape and
          never scrolls, with a short source line under the chart.
        </div>
        <select
          className="govuk-select"
          id={`${id}-layout`}
          value={layout}
          aria-describedby={`${id}-layout-hint`}
          onChange={(e) => setLayout(e.target.value as EmbedLayout)}
        >
          {(Object.keys(LAYOUT_LABELS) as EmbedLayout[]).map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-theme`}>
          Colours
        </label>
        <select
          className="govuk-select"
          id={`${id}-theme`}
          value={theme}
          onChange={(e) => setTheme(e.target.value as EmbedTheme)}
        >
          {(Object.keys(THEME_LABELS) as EmbedTheme[]).map((t) => (
            <option key={t} value={t}>
              {THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group">
        <CodeField
          id={`${id}-iframe`}
          label="Embed code"
          value={iframe}
          rows={4}
          onCopy={setStatus}
        />
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            Optional: let the chart set its own height
          </span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">
            Add this script once, after the embed codes. It resizes each embedded chart to fit, and
            trusts a height only from that chart&apos;s own frame and this site&apos;s exact
            address.
          </p>
          <CodeField
            id={`${id}-script`}
            label="Resize script"
            value={script}
            rows={2}
            onCopy={setStatus}
          />
        </div>
      </details>
      {src ? (
        <p className="govuk-body">
          <a className="govuk-link" href={src} target="_blank" rel="noopener noreferrer">
            Preview the embedded chart (opens in a new tab)
          </a>
        </p>
      ) : null}
      <p className="govuk-body app-embed-dialog__status" role="status">
        {status}
      </p>
      <button type="button" className="govuk-button" onClick={() => dialogRef.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
