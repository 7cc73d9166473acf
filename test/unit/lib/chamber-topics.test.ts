/**
 * Issue 8 (data11): a generated chamber carries its country's topics (the country and its region, as the curated
 * chambers do: "french-senate" is france, europe), not the country alone. Before, "In Congo (Brazzaville), the Senate
 * voted…" linked no Senate (coverage-classes' last Factbook chamber miss): with "Congo" read in context and only the
 * country's topic, the Congo Senate's lead over the other 55 Senates was too small, and the engine refused. Sentences are
 * the coverage probe's and its like; the trap keeps a US Senate story the US Senate's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkedOnDate, realEngine } from '../helpers';

describe("a chamber named by its bare name in its country's story", () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"In Congo (Brazzaville), the Senate voted…" is the Republic of the Congo\'s Senate; in Kinshasa, DR Congo\'s', () => {
    expect(linkedOnDate('In Congo (Brazzaville), the Senate voted on Tuesday to approve the budget.', '2025-06-20')).toContain('Senate → senate-of-the-republic-of-the-congo');
    expect(linkedOnDate('In Kinshasa, the Senate voted on Tuesday to approve the budget.', '2025-06-20')).toContain('Senate → senate-of-dr-congo');
    expect(linkedOnDate('In Libreville, the Senate voted on Tuesday to approve the budget.', '2025-06-20')).toContain('Senate → senate-of-gabon');
  });

  it('a US story that names Congo on the side keeps "the Senate" the US Senate', () => {
    const got = linkedOnDate('WASHINGTON (Reuters) - The Senate voted 51-49 on Tuesday to confirm the nominee, a former ambassador to Congo, after Senate Majority Leader John Thune scheduled the vote.', '2025-06-20');
    expect(got.filter((x) => /congo/.test(x) && /Senate/.test(x))).toEqual([]);
  });
});
