import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionNameCheck } from '../../../scripts/generate-region-names';
import { realEngine } from '../helpers';

const root = path.resolve(__dirname, '../../..');

describe('Russian and Arabic names of regions from iso3166-2-db', () => {
  it('takes a name whose consonants agree with the English name, administrative words aside', () => {
    expect(regionNameCheck('ru', 'Vorarlberg', 'Форарльберг')).toBeNull();
    expect(regionNameCheck('ru', 'Chubut Province', 'Чубут')).toBeNull();
    expect(regionNameCheck('ar', 'Sonora', 'ولاية سونورا')).toBeNull();
    expect(regionNameCheck('ar', 'Aargau', 'كانتون أرجاو')).toBeNull();
  });

  it('refuses a name of something else, an adjective form, or one in the wrong script', () => {
    // The city of Baalbek, not the Baalbek-Hermel governorate.
    expect(regionNameCheck('ru', 'Baalbek-Hermel Governorate', 'Баальбек')).not.toBeNull();
    // "Razgrad's province": not the name as a reader meets it on its own.
    expect(regionNameCheck('ru', 'Razgrad Province', 'Разградская область')).not.toBeNull();
    expect(regionNameCheck('ar', 'Damascus Governorate', 'китайский')).not.toBeNull();
    expect(regionNameCheck('ru', 'Sonora', 'Sonora')).not.toBeNull();
  });

  it('the committed names never give a region the name of the city it is named after', () => {
    const rows = JSON.parse(fs.readFileSync(path.join(root, 'data/overrides/region-names.json'), 'utf8')) as { id: string; aliases: string[] }[];
    const all = rows.flatMap((r) => r.aliases);
    expect(all.length).toBeGreaterThan(1000);
    for (const city of ['Хомс', 'حمص', 'دمشق', 'Дамаск', 'Баальбек']) expect(all).not.toContain(city);
    expect(rows.find((r) => r.id === 'vorarlberg')?.aliases).toContain('Форарльберг');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('region names on a page written in Russian or Arabic, on the real dataset', () => {
  const { detector } = realEngine();
  it('links a region named with its country, as the English name is', () => {
    const linked = (text: string) => detector.detect(text, { date: '2026-03-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
    expect(linked('Австрия: наводнение затронуло Форарльберг, сообщили власти.')).toContainEqual(['Форарльберг', 'vorarlberg']);
    expect(linked('Индия: власти Уттар-Прадеш заявили о новых мерах.')).toContainEqual(['Уттар-Прадеш', 'uttar-pradesh']);
    expect(linked('أعلنت حكومة ولاية سونورا في المكسيك حالة الطوارئ.')).toContainEqual(['ولاية سونورا', 'sonora']);
  });
});
