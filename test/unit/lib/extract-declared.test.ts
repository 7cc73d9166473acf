/**
 * A declared article body narrower than the story (issue 7, round 6; `scripts/stress-pages.ts --mode declared2`):
 * a page may mark only part of its story as `itemprop=articleBody` — its first section, with the rest of the story in a
 * plain wrapper after it. The declared body is the block the story is found from, not all of it: the body widens
 * over the story's own prose around it as it does from any block, and still not over boxes of linked headlines.
 * Sentences from the BBC story in the Readability tuning split (bbc-1), in the structure the stress mode builds.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const ps = (xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('');
const first = [
  'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
  'In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".',
  "He vowed to keep trying, but the BBC's North America editor Jon Sopel said the president did not sound very confident.",
  'Hours after the interview, a gunman opened fire at a cinema in the US state of Louisiana, killing two people and injuring several others before shooting himself.',
];
const rest = [
  'Mr Obama lands in Kenya later on Friday for his first visit since becoming president.',
  'But with just 18 months left in power, he said gun control was the area where he has been "most frustrated and most stymied" since coming to power in 2009.',
  '"For us not to be able to resolve that issue has been something that is distressing," he added.',
  'Mr Obama has pushed for stricter gun control throughout his presidency but has been unable to secure any significant changes to the laws.',
];
const teasers = Array.from({ length: 4 }, (_, i) => `<div class="x-card"><h3><a href="/news/other-${i}">Another story on a different matter, number ${i}</a></h3></div>`).join('');
const page = (story: string) =>
  doc(`<html><head><meta property="og:type" content="article"></head><body><header><a href="/">BBC News</a></header>
    <div class="story-body"><h1>Obama admits US gun laws are his 'biggest frustration'</h1>
    <div class="story-body__inner">${story}</div><div class="x-more">${teasers}</div></div></body></html>`);

describe('a declared article body that holds only part of the story', () => {
  it('reads the rest of the story after it, and not the linked headlines beside the story', async () => {
    const a = await extractArticle(page(`<div class="part-x" itemprop="articleBody">${ps(first)}</div><div class="part-x">${ps(rest)}</div>`));
    expect(a?.text).toContain('greatest frustration of his presidency');
    expect(a?.text).toContain('unable to secure any significant changes');
    expect(a?.text).not.toContain('Another story on a different matter');
  });

  it('does not widen over a box of short lines without links beside it (a feedback form: MSN, tune split)', async () => {
    const lines = ['Send Feedback', 'We appreciate your input!', "I'm having problems with Top Destinations", "I'm having issues searching", "I'm having problems with Featured Apps", 'My Topics feedback', 'Other', 'Please give an overall site rating:', 'Help us maintain a healthy and vibrant community by reporting any illegal or inappropriate behavior that violates the Code of Conduct.'];
    const a = await extractArticle(page(`<div itemprop="articleBody">${ps([...first, ...rest])}</div><div class="x-fb">${lines.map((x) => `<div>${x}</div>`).join('')}</div>`));
    expect(a?.text).toContain('unable to secure any significant changes');
    expect(a?.text).not.toContain('We appreciate your input');
  });

  it('reads the story block the declared body sits in, when the block holds more of the story\'s paragraphs than the body', async () => {
    // (The story's paragraphs written straight into its container, the last few wrapped and declared.)
    const points = ['The UK must stay in the EU to have influence on the world stage', 'He is confident the Iran nuclear deal will be passed by Congress'];
    const a = await extractArticle(page(`<div class="x-story">${ps(first)}<p>In a wide-ranging interview, President Obama also said:</p><ul>${points.map((x) => `<li>${x}</li>`).join('')}</ul><h2>Kenya trip</h2><div itemprop="articleBody">${ps(rest.slice(1))}</div></div>`));
    expect(a?.text).toContain('greatest frustration of his presidency');
    expect(a?.text).toContain('Iran nuclear deal will be passed by Congress');
    expect(a?.text).toContain('unable to secure any significant changes');
  });

  it('still reads only the declared body when what is beside it is larger than the story (the page around it)', async () => {
    const other = Array.from({ length: 2 }, () => rest.map((x) => x.replace('Mr Obama', 'The senator'))).flat();
    const a = await extractArticle(page(`<div itemprop="articleBody">${ps(first)}</div><div class="part-x">${ps(other)}</div>`));
    expect(a?.text).toContain('greatest frustration of his presidency');
    expect(a?.text).not.toContain('The senator');
  });
});
