import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

/**
 * Issue 9 ("named as readers know them"): names in the scripts of the countries in the news, from CLDR, world-countries
 * / i18n-iso-countries and the checked native names of countries-states-cities (`scripts/generate-native-names.ts`).
 * Arabic, Hebrew and Chinese have no capitals, so any word may start a name there; an ideograph is a word of its own.
 */
describe('native names in news text, on the real dataset', () => {
  const { detector } = realEngine();
  const linked = (text: string) =>
    detector.detect(text, { date: '2026-03-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['قال مسؤولون في موسكو، يوم الثلاثاء، إن الوفد سيزور القاهرة.', 'موسكو', 'moscow'],
    ['قال مسؤولون في موسكو، يوم الثلاثاء، إن الوفد سيزور القاهرة.', 'القاهرة', 'cairo'],
    ['وصل الوزير إلى طهران؟ نعم، صباح اليوم.', 'طهران', 'tehran'],
    ['Делегация посетит Тегеран и Каир, сообщила Россия.', 'Тегеран', 'tehran'],
    ['Делегация посетит Тегеран и Каир, сообщила Россия.', 'Россия', 'russia'],
    ['המשלחת תגיע מחר לירושלים ואחר כך תמשיך. ירושלים הודיעה על כך.', 'ירושלים', 'jerusalem'],
    ['נציג מוסקבה אמר כי השיחות יימשכו.', 'מוסקבה', 'moscow'],
    ['俄罗斯总统在莫斯科会见了来自耶路撒冷的代表团，随后前往德黑兰。', '莫斯科', 'moscow'],
    ['俄罗斯总统在莫斯科会见了来自耶路撒冷的代表团，随后前往德黑兰。', '耶路撒冷', 'jerusalem'],
    ['俄罗斯总统在莫斯科会见了来自耶路撒冷的代表团，随后前往德黑兰。', '德黑兰', 'tehran'],
    // Digits and Latin letters right after an ideograph start a word of their own.
    ['峰会于2024年在莫斯科2号馆举行。', '莫斯科', 'moscow'],
  ])('"%s" links %s', (text, surface, id) => {
    expect(linked(text)).toContainEqual([surface, id]);
  });

  it.each([
    // The same names written with other letter forms and marks than the dataset's.
    ['سيزور الوفد القاهره غدا.', 'القاهره', 'cairo'],
    ['قال مسؤولون في مُوسْكُو إن المحادثات انتهت.', 'مُوسْكُو', 'moscow'],
    ['قال مسؤولون في موسـكو إن المحادثات انتهت.', 'موسـكو', 'moscow'],
  ])('"%s" links %s (letter variants and vowel marks folded)', (text, surface, id) => {
    expect(linked(text)).toContainEqual([surface, id]);
  });

  it.each([
    'قال مسؤولون إن الوضع هادئ في المدينة، وإن الحياة عادت إلى طبيعتها.',
    'אמרו כי המצב שקט בעיר וכי החיים חזרו למסלולם.',
    'В городе спокойно, сказал он журналистам в понедельник.',
    '今天天气很好，我们在公园里散步，然后回家吃饭。',
  ])('ordinary words link nothing: "%s"', (text) => {
    expect(linked(text)).toEqual([]);
  });

  it('does not guess between two places that share a native name (عمان: Oman and Amman)', () => {
    const ids = linked('وصل الوفد إلى عمان صباح اليوم.').map(([, id]) => id);
    expect(ids).not.toContain('amman');
    expect(ids).not.toContain('oman');
  });

  it('still links English names in an English sentence exactly as before', () => {
    expect(linked('Officials in Moscow said the delegation would visit Tehran and Cairo.')).toEqual([
      ['Moscow', 'moscow'],
      ['Tehran', 'tehran'],
      ['Cairo', 'cairo'],
    ]);
  });
});
