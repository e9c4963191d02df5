/**
 * The reading page in a real headless Chromium, opened from file:// as a reader would open
 * dist/: cards, the diplomatic switch, notes and back, speakers, search, keyboard, console.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtEdition, chromiumPath, fileUrl, memoir, openPage, read } from './helpers.js';

const doc = existsSync(memoir) ? 'lenin-kropotkin' : 'sample';
let dist: string;
let browser: Browser;

beforeAll(async () => {
  dist = await builtEdition();
  browser = await (await import('./helpers.js')).launch();
});
afterAll(async () => {
  await browser?.close();
});

async function reading(options: { javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  return openPage(browser, fileUrl(dist, `${doc}/index.html`), options);
}

/** The heading of a register entry, as its register page gives it. */
function registerName(page: string, id: string): string {
  const m = new RegExp(`<li id="${id}" class="entry"><h2[^>]*>([^<]*)</h2>`).exec(read(dist, `${doc}/${page}`));
  return m?.[1] ?? '';
}

describe(`the reading page in Chromium (${chromiumPath})`, () => {
  it('clicking a name shows the right person\'s card, and Escape closes it', async () => {
    const { page, errors } = await reading();
    const names = page.locator('a.name[href^="persons.html#"]');
    expect(await names.count()).toBeGreaterThan(3);
    for (const i of [0, 3]) {
      const name = names.nth(i);
      const id = (await name.getAttribute('href'))!.split('#')[1]!;
      await name.click();
      const card = page.locator('#card');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.locator('.card-body').getAttribute('data-ref')).toBe(id);
      expect(await card.locator('.card-name').textContent()).toBe(registerName('persons.html', id));
      expect(await card.locator(`a[href="persons.html#${id}"]`).count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('a name shows its card on hover and on keyboard focus; Enter moves into the card, Escape back', async () => {
    const { page, errors } = await reading();
    const name = page.locator('a.name[href^="places.html#"]').first();
    await name.hover();
    await expect.poll(() => page.locator('#card').isVisible()).toBe(true);
    const ref = (await name.getAttribute('href'))!.split('#')[1];
    expect(await page.locator('#card .card-body').getAttribute('data-ref')).toBe(ref);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('#card').isVisible()).toBe(false);

    await name.focus();
    await expect.poll(() => page.locator('#card').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('card');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`places.html#${ref}`);
    expect(await page.locator('#card').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('the diplomatic switch shows the source readings and line breaks in place, by keyboard too', async () => {
    const { page, errors } = await reading();
    const sic = page.locator('.choice .dipl').first();
    const corr = page.locator('.choice .rdg').first();
    expect(await sic.isVisible()).toBe(false);
    expect(await corr.isVisible()).toBe(true);
    expect(await page.locator('br.lb').first().isVisible()).toBe(false);
    await page.locator('#v-reading').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#v-diplomatic').isChecked()).toBe(true);
    expect(await sic.isVisible()).toBe(true);
    expect(await corr.isVisible()).toBe(false);
    const shown = await page.locator('.choice .dipl.sic').first().textContent();
    expect(shown).toBe('lljitsj');
    // the choice is remembered on the next visit
    await page.reload();
    expect(await page.locator('#v-diplomatic').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('without JavaScript both readings and the speakers stay reachable', async () => {
    const { page, errors } = await reading({ javaScript: false });
    await page.locator('label[for="v-diplomatic"]').click();
    expect(await page.locator('.choice .dipl').first().isVisible()).toBe(true);
    await page.locator('label[for="v-speakers"]').click();
    expect(await page.locator('.said .who').first().isVisible()).toBe(true);
    // and a name leads to its register entry
    const name = page.locator('a.name[href^="persons.html#"]').first();
    const id = (await name.getAttribute('href'))!.split('#')[1];
    await name.click();
    expect(page.url()).toMatch(new RegExp(`/persons\\.html#${id}$`));
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a footnote marker leads to the note and the note back to the marker', async () => {
    const { page, errors } = await reading();
    const marker = page.locator('a.noteref.source').first();
    const target = (await marker.getAttribute('href'))!;
    const markerId = (await marker.getAttribute('id'))!;
    // hovering previews the note. At the middle of its box: Playwright's default point is the middle
    // of the first of its boxes, here the 1-pixel box of its visually hidden "Note"/"Noot", which
    // can fall half a pixel outside the marker
    const middle = { position: { x: 5, y: 7 } };
    await marker.hover(middle);
    await expect.poll(() => page.locator('#card').isVisible()).toBe(true);
    const preview = (await page.locator('#card .card-note').textContent())!;
    const noteText = await page.locator(target).evaluate((li) => {
      const copy = li.cloneNode(true) as HTMLElement;
      copy.querySelector('.back')?.remove();
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(noteText.length).toBeGreaterThan(10);
    expect(preview.replace(/\s+/g, ' ')).toContain(noteText.slice(0, 30));
    await marker.click(middle);
    expect(new URL(page.url()).hash).toBe(target);
    const note = page.locator(target);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.evaluate((el) => el.closest('section')?.className)).toBe('source-notes');
    await note.locator('a.back').click();
    expect(new URL(page.url()).hash).toBe(`#${markerId}`);
    expect(await marker.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    // editorial notes are told apart from the source's
    const editorial = page.locator('a.noteref.editorial').first();
    const href = (await editorial.getAttribute('href'))!;
    expect(await page.locator(href).evaluate((el) => el.closest('section')?.className)).toBe('editorial-notes');
    expect(errors).toEqual([]);
  });

  it('the speakers switch labels who speaks in the margin', async () => {
    const { page, errors } = await reading();
    const label = page.locator('.said .who').first();
    expect(await label.isVisible()).toBe(false);
    await page.locator('#v-speakers').check();
    expect(await label.isVisible()).toBe(true);
    const labels = await page.locator('.said .who').allTextContents();
    expect(labels.some((l) => l.includes('Lenin'))).toBe(true);
    expect(labels.some((l) => l.includes('Kropotkin'))).toBe(true);
    // in the margin: right of the text column
    const box = await label.boundingBox();
    const text = await page.locator('.said').first().evaluate((el) => el.closest('p')!.getBoundingClientRect().right);
    expect(box!.x).toBeGreaterThanOrEqual(text);
    expect(errors).toEqual([]);
  });

  it('the search finds a paragraph, folding diacritics, and leads to it', async () => {
    const { page, errors } = await reading();
    const input = page.locator('#q');
    expect(await input.isVisible()).toBe(true);
    await input.fill(doc === 'sample' ? 'cooperatie' : 'cooperatie');
    const first = page.locator('#search-results a').first();
    await expect.poll(() => first.count()).toBe(1);
    const href = (await first.getAttribute('href'))!;
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/^coöperatie/i);
    await first.click();
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.locator(href).textContent()).toMatch(/coöperatie/i);
    // a paragraph's citation follows the address
    expect(await page.locator('#cite-para .citation[data-style="chicago"]').textContent()).toMatch(new RegExp(`index\\.html${href}\\.$`));
    // and a paragraph number opens that paragraph's citation beside it
    await page.locator(`${href} a.pn`).click();
    await expect.poll(() => page.locator('#card .card-cite').isVisible()).toBe(true);
    expect(await page.locator('#card .card-cite .citation').textContent()).toMatch(new RegExp(`index\\.html${href}\\.$`));
    expect(errors).toEqual([]);
  });

  it('prints the text with its notes, without the controls', async () => {
    const { page, errors } = await reading();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('section.notes').isVisible()).toBe(true);
    expect(await page.locator('section.source-notes li').first().isVisible()).toBe(true);
    expect(await page.locator('section.editorial-notes li').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });

  it('is usable from the keyboard: skip link, switches, names, notes', async () => {
    const { page, errors } = await reading();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await page.locator('a.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
    // Tab reaches the reading switch, Space toggles the speakers, and names get focus in turn
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'v-speakers');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('#v-speakers').isChecked()).toBe(true);
    let name = false;
    for (let i = 0; i < 60 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.classList.contains('name') ?? false);
    }
    expect(name).toBe(true);
    await expect.poll(() => page.locator('#card').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the register and overview pages load without console errors', async () => {
    for (const rel of [`${doc}/persons.html`, `${doc}/overview.html`, 'index.html']) {
      const { page, errors } = await openPage(browser, fileUrl(dist, rel));
      expect(await page.locator('h1').count(), rel).toBe(1);
      expect(errors, rel).toEqual([]);
    }
  });
});
