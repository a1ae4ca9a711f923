import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../scripts/core/types/kb.ts';
import { reviewContent, type Started, startServer, USER_YAML } from '../helpers/review.ts';
import { axeViolations, chromiumAvailable, launchChromium } from '../helpers/site.ts';

const run = chromiumAvailable();
/** Each action waits for a whole rebuild of the site (a child process, as npm start runs it): minutes on a busy machine. */
const REBUILD = { timeout: 600_000 };

// every action waits for rebuilds: a test may take a few of them
describe.runIf(run)('reviewing entities in Chromium (npm start)', { timeout: 1_800_000 }, () => {
  let content: { dir: string; cleanup: () => Promise<void> };
  let server: Started;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const yaml = () => readFile(path.join(content.dir, 'entities.yaml'), 'utf8');
  const url = (sitePath: string) => server.url + sitePath.replace(/^\//, '');
  const kb = async () => JSON.parse(await readFile(path.join(server.outputDir, 'kb.json'), 'utf8')) as KnowledgeBase;

  beforeAll(async () => {
    content = await reviewContent();
    server = await startServer(content.dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.idle();
    await server?.stop();
    await content?.cleanup();
  });

  /** The status line after an action: shown, focused, saying what was done. */
  async function expectStatus(text: RegExp): Promise<void> {
    const status = page.locator('#review-status');
    await expect.poll(() => status.textContent(), REBUILD).toMatch(text);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-status');
  }

  /** Undo the last action from the status line, then check the file is as it was, byte for byte. */
  async function undo(back: string): Promise<void> {
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForURL(url(back), REBUILD);
    await expectStatus(/Undone\./);
    expect(await yaml()).toBe(USER_YAML);
  }

  it('lists what to review, each item with its evidence and actions', async () => {
    await page.goto(url('/__review/'));
    const items = page.locator('.review-item');
    const text = (await items.allTextContents()).join('\n');
    expect(text).toMatch(/"Dravesk" alone \(1 article\) could be "Ilse Dravesk" or "Otto Dravesk"/);
    expect(text).toMatch(/"Kordova Harbor Authority" \(1\) may be "Kordova Harbour Authority" \(4\)/);
    const dravesk = items.filter({ hasText: '"Dravesk" alone' });
    expect(await dravesk.locator('q').first().textContent()).toMatch(/Dravesk said the vote/);
    expect(await dravesk.getByRole('button').allTextContents()).toEqual([
      'Same as Ilse Dravesk',
      'Same as Otto Dravesk',
      'Keep apart',
    ]);
  });

  it('renames an entity from its page by keyboard, follows it to its new URL, and Undo restores the file', async () => {
    await page.goto(url('/people/tomas-reiner/'));
    await page.locator('summary', { hasText: 'Rename' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('New name').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Tomas Reiner-Holm');
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/people/tomas-reiner-holm/'), REBUILD);
    await expectStatus(/Renamed “Tomas Reiner” to “Tomas Reiner-Holm”\./);
    expect(await page.locator('h1').textContent()).toBe('Tomas Reiner-Holm');
    expect(await yaml()).toBe(`${USER_YAML}Tomas Reiner:\n  name: Tomas Reiner-Holm\n`);
    await undo('/people/tomas-reiner/');
    expect(await page.locator('h1').textContent()).toBe('Tomas Reiner');
  });

  it('changes a type, and the page moves to its new section', async () => {
    await page.goto(url('/places/velmora/'));
    await page.locator('summary', { hasText: 'Change type' }).click();
    await page.locator('details', { hasText: 'Change type' }).getByLabel('Group').check();
    await page.getByRole('button', { name: 'Change type' }).click();
    await page.waitForURL(url('/groups/velmora/'), REBUILD);
    await expectStatus(/Made “Velmora” a group\./);
    expect(await page.locator('.entity-head .type-badge').textContent()).toBe('Group');
    expect(await yaml()).toBe(`${USER_YAML}Velmora:\n  type: group\n`);
    await undo('/places/velmora/');
  });

  it('merges with an entity chosen by name, and the other page is gone', async () => {
    await page.goto(url('/groups/kordova-harbour-authority/'));
    await page.locator('summary', { hasText: 'Merge with' }).click();
    await page.getByLabel('Fold this entity into it').fill('Kordova Harbor Authority');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expectStatus(/Merged “Kordova Harbor Authority” into “Kordova Harbour Authority”\./);
    expect(await page.locator('.aka').textContent()).toContain('Kordova Harbor Authority');
    expect(await yaml()).toBe(`${USER_YAML}Kordova Harbour Authority:\n  merge: [Kordova Harbor Authority]\n`);
    expect((await kb()).entities.map((e) => e.name)).not.toContain('Kordova Harbor Authority');
    await undo('/groups/kordova-harbour-authority/');
  });

  it('splits by article and by mention form', async () => {
    await page.goto(url('/places/velmora/'));
    await page.locator('summary', { hasText: 'Split' }).click();
    await page.getByLabel('Name of the new entity').fill('Velmora Council');
    await page.locator('details', { hasText: 'Split' }).getByLabel('Group').check();
    await page.getByLabel('Council meets on the quay').check();
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expectStatus(/Split 1 mention of “Velmora” off as “Velmora Council”\./);
    expect(await yaml()).toBe(
      `${USER_YAML}Velmora:\n  split:\n    - name: Velmora Council\n      type: group\n      articles: [council]\n`,
    );
    const council = (await kb()).entities.find((e) => e.name === 'Velmora Council');
    expect(council?.type).toBe('group');
    expect(council?.mentions.map((m) => m.article)).toEqual(['council']);
    await undo('/places/velmora/');

    await page.goto(url('/groups/kordova-harbour-authority/'));
    await page.locator('summary', { hasText: 'Split' }).click();
    await page.getByLabel('Name of the new entity').fill('KHA');
    await page.locator('input[name="mentions"][value="KHA"]').check();
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expectStatus(/Split 2 mentions of “Kordova Harbour Authority” off as “KHA”\./);
    expect(await yaml()).toBe(
      `${USER_YAML}Kordova Harbour Authority:\n  split:\n    - name: KHA\n      mentions: [KHA]\n`,
    );
    await undo('/groups/kordova-harbour-authority/');
  });

  it('drops what is not an entity, and goes to the Review page', async () => {
    await page.goto(url('/people/dravesk/'));
    await page.getByRole('button', { name: 'Not an entity' }).click();
    await page.waitForURL(url('/__review/'), REBUILD);
    await expectStatus(/Removed “Dravesk”: not an entity\./);
    expect(await yaml()).toBe(`${USER_YAML}Dravesk:\n  ignore: true\n`);
    expect((await kb()).entities.map((e) => e.name)).not.toContain('Dravesk');
    await undo('/people/dravesk/');
  });

  it('takes a decided item off the review list for good', async () => {
    await page.goto(url('/__review/'));
    const dravesk = page.locator('.review-item').filter({ hasText: '"Dravesk" alone' });
    await dravesk.getByRole('button', { name: 'Keep apart' }).click();
    await expectStatus(/Marked “Dravesk” as right\./);
    expect(await yaml()).toBe(`${USER_YAML}Dravesk:\n  reviewed: true\n`);
    expect(await page.locator('.review-item').filter({ hasText: '"Dravesk" alone' }).count()).toBe(0);
    // the background rebuild takes it off the build's own list (kb.json, npm run review) too
    await expect.poll(async () => (await kb()).review?.length, REBUILD).toBe(0);
    await page.goto(url('/groups/kordova-harbor-authority/'));
    await page.getByRole('button', { name: 'Looks right' }).click();
    await expectStatus(/Marked “Kordova Harbor Authority” as right\./);
    await page.goto(url('/__review/'));
    expect(await page.locator('.review-item').allTextContents()).not.toContainEqual(
      expect.stringContaining('Kordova Harbor Authority'),
    );
    expect(await yaml()).toBe(`${USER_YAML}Dravesk:\n  reviewed: true\nKordova Harbor Authority:\n  reviewed: true\n`);
  });

  it.each(['light', 'dark'] as const)('is axe clean in %s mode, and fits 390 px', async (scheme) => {
    const view = await browser.newPage({ colorScheme: scheme, viewport: { width: 390, height: 844 } });
    try {
      for (const at of ['/__review/', '/places/velmora/']) {
        await view.goto(url(at));
        await view.evaluate(() => {
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          });
        });
        expect(await axeViolations(view), `${at} ${scheme}`).toEqual([]);
        expect(await view.evaluate(() => document.documentElement.scrollWidth), at).toBeLessThanOrEqual(390);
      }
    } finally {
      await view.close();
    }
  });

  it('raised no script error', () => {
    expect(errors).toEqual([]);
  });
});
