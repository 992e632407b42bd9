// Words a reader sees broken across two lines ("Confiden / ce"): the dashboard's own words in
// headings and labels must be whole, whatever the width.
import type { Page } from 'playwright-core';

/** Each word inside the visible elements matching `selector` that is drawn on more than one line. */
export function findSplitWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const split: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      if (el.getBoundingClientRect().width <= 1) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (const word of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) split.push(word[0]);
        }
    }
    return split;
  }, selector);
}
