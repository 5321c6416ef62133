"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bench/worker.ts
var import_worker_threads = require("worker_threads");

// src/core/actors/tokens.ts
function isLetterCode(c) {
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122;
  if (c < 192) return false;
  if (c === 215 || c === 247) return false;
  return !(c >= 8192 && c <= 11263) && !(c >= 12288 && c <= 12351) && c !== 65279;
}
function isWordCode(c) {
  return c >= 48 && c <= 57 || isLetterCode(c);
}
function isApostrophe(c) {
  return c === 39 || c === 8217;
}
function isSpaceCode(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 65279 || c === 8201 || c === 8239;
}
function isUpperCode(c) {
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
function isLowerCode(c) {
  if (c >= 97 && c <= 122) return true;
  if (c < 192) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}
function tokenize(text, from, to, sentenceStarts = []) {
  const out = [];
  let i = from;
  let pendingStart = true;
  let s = 0;
  while (s < sentenceStarts.length && sentenceStarts[s] < from) s++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    while (s < sentenceStarts.length && sentenceStarts[s] <= i) {
      s++;
      pendingStart = true;
    }
    if (!isWordCode(c)) {
      out.push({ start: i, end: i + 1, word: false, cap: false, allCaps: false, sentenceStart: false });
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        if (isUpperCode(d)) upper++;
        else if (isLowerCode(d)) lower++;
        i++;
      } else if (isApostrophe(d) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1)) && i > start && !isPossessive(text, i + 1, to)) {
        i++;
      } else break;
    }
    const f = text.charCodeAt(start);
    out.push({
      start,
      end: i,
      word: true,
      cap: isUpperCode(f) || f >= 48 && f <= 57,
      allCaps: upper > 0 && lower === 0,
      sentenceStart: pendingStart
    });
    pendingStart = false;
  }
  return out;
}
function isPossessive(text, at, to) {
  const c = text.charCodeAt(at);
  if (c !== 115 && c !== 83) return false;
  return at + 1 >= to || !isWordCode(text.charCodeAt(at + 1));
}
function slug(s) {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var NEEDS_NORMALIZING = /[\u2018\u2019\u00a0\t\r\n]| {2}/;
function normalizeSurface(s) {
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\s\u00a0]+/g, " ");
}

// src/core/data/states.json
var states_default = [
  { id: "afghanistan", name: "Afghanistan", aliases: ["Afghanistan"], demonyms: ["Afghan", "Afghans"], capital: "Kabul" },
  { id: "albania", name: "Albania", aliases: ["Albania"], demonyms: ["Albanian", "Albanians"], capital: "Tirana" },
  { id: "algeria", name: "Algeria", aliases: ["Algeria"], demonyms: ["Algerian", "Algerians"], capital: "Algiers" },
  { id: "andorra", name: "Andorra", aliases: ["Andorra"], demonyms: ["Andorran", "Andorrans"], capital: "Andorra la Vella" },
  { id: "angola", name: "Angola", aliases: ["Angola"], demonyms: ["Angolan", "Angolans"], capital: "Luanda" },
  { id: "antigua-and-barbuda", name: "Antigua and Barbuda", aliases: ["Antigua and Barbuda", "Antigua"], demonyms: ["Antiguan", "Antiguans"], capital: "Saint John's" },
  { id: "argentina", name: "Argentina", aliases: ["Argentina"], demonyms: ["Argentine", "Argentinian", "Argentines", "Argentinians"], capital: "Buenos Aires" },
  { id: "armenia", name: "Armenia", aliases: ["Armenia"], demonyms: ["Armenian", "Armenians"], capital: "Yerevan" },
  { id: "australia", name: "Australia", aliases: ["Australia"], demonyms: ["Australian", "Australians"], capital: "Canberra" },
  { id: "austria", name: "Austria", aliases: ["Austria"], demonyms: ["Austrian", "Austrians"], capital: "Vienna" },
  { id: "azerbaijan", name: "Azerbaijan", aliases: ["Azerbaijan"], demonyms: ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], capital: "Baku" },
  { id: "bahamas", name: "Bahamas", aliases: ["Bahamas", "The Bahamas"], demonyms: ["Bahamian", "Bahamians"], capital: "Nassau" },
  { id: "bahrain", name: "Bahrain", aliases: ["Bahrain"], demonyms: ["Bahraini", "Bahrainis"], capital: "Manama" },
  { id: "bangladesh", name: "Bangladesh", aliases: ["Bangladesh"], demonyms: ["Bangladeshi", "Bangladeshis"], capital: "Dhaka" },
  { id: "barbados", name: "Barbados", aliases: ["Barbados"], demonyms: ["Barbadian", "Barbadians"], capital: "Bridgetown" },
  { id: "belarus", name: "Belarus", aliases: ["Belarus"], demonyms: ["Belarusian", "Belarusians", "Belarusan"], capital: "Minsk" },
  { id: "belgium", name: "Belgium", aliases: ["Belgium"], demonyms: ["Belgian", "Belgians"], capital: "Brussels" },
  { id: "belize", name: "Belize", aliases: ["Belize"], demonyms: ["Belizean", "Belizeans"], capital: "Belmopan" },
  { id: "benin", name: "Benin", aliases: ["Benin"], demonyms: ["Beninese"], capital: "Porto-Novo" },
  { id: "bhutan", name: "Bhutan", aliases: ["Bhutan"], demonyms: ["Bhutanese"], capital: "Thimphu" },
  { id: "bolivia", name: "Bolivia", aliases: ["Bolivia"], demonyms: ["Bolivian", "Bolivians"], capital: "Sucre" },
  { id: "bosnia-and-herzegovina", name: "Bosnia and Herzegovina", aliases: ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"], demonyms: ["Bosnian", "Bosnians"], capital: "Sarajevo" },
  { id: "botswana", name: "Botswana", aliases: ["Botswana"], demonyms: ["Botswanan", "Motswana"], capital: "Gaborone" },
  { id: "brazil", name: "Brazil", aliases: ["Brazil"], demonyms: ["Brazilian", "Brazilians"], capital: "Brasilia", capitalAliases: ["Bras\xEDlia"] },
  { id: "brunei", name: "Brunei", aliases: ["Brunei", "Brunei Darussalam"], demonyms: ["Bruneian", "Bruneians"], capital: "Bandar Seri Begawan" },
  { id: "bulgaria", name: "Bulgaria", aliases: ["Bulgaria"], demonyms: ["Bulgarian", "Bulgarians"], capital: "Sofia" },
  { id: "burkina-faso", name: "Burkina Faso", aliases: ["Burkina Faso"], demonyms: ["Burkinabe"], capital: "Ouagadougou" },
  { id: "burundi", name: "Burundi", aliases: ["Burundi"], demonyms: ["Burundian", "Burundians"], capital: "Gitega" },
  { id: "cabo-verde", name: "Cabo Verde", aliases: ["Cabo Verde", "Cape Verde"], demonyms: ["Cape Verdean", "Cape Verdeans"], capital: "Praia" },
  { id: "cambodia", name: "Cambodia", aliases: ["Cambodia"], demonyms: ["Cambodian", "Cambodians"], capital: "Phnom Penh" },
  { id: "cameroon", name: "Cameroon", aliases: ["Cameroon"], demonyms: ["Cameroonian", "Cameroonians"], capital: "Yaounde", capitalAliases: ["Yaound\xE9"] },
  { id: "canada", name: "Canada", aliases: ["Canada"], demonyms: ["Canadian", "Canadians"], capital: "Ottawa" },
  { id: "central-african-republic", name: "Central African Republic", aliases: ["Central African Republic", "CAR"], demonyms: ["Central African", "Central Africans"], capital: "Bangui" },
  { id: "chad", name: "Chad", aliases: ["Chad"], demonyms: ["Chadian", "Chadians"], capital: "N'Djamena" },
  { id: "chile", name: "Chile", aliases: ["Chile"], demonyms: ["Chilean", "Chileans"], capital: "Santiago" },
  { id: "china", name: "China", aliases: ["China", "People's Republic of China", "PRC", "Mainland China"], demonyms: ["Chinese"], capital: "Beijing" },
  { id: "colombia", name: "Colombia", aliases: ["Colombia"], demonyms: ["Colombian", "Colombians"], capital: "Bogota", capitalAliases: ["Bogot\xE1"] },
  { id: "comoros", name: "Comoros", aliases: ["Comoros"], demonyms: ["Comorian", "Comorians"], capital: "Moroni" },
  { id: "republic-of-the-congo", name: "Republic of the Congo", aliases: ["Republic of the Congo", "Congo-Brazzaville", "Congo"], demonyms: [], capital: "Brazzaville" },
  { id: "democratic-republic-of-the-congo", name: "Democratic Republic of the Congo", aliases: ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"], demonyms: ["Congolese"], capital: "Kinshasa" },
  { id: "costa-rica", name: "Costa Rica", aliases: ["Costa Rica"], demonyms: ["Costa Rican", "Costa Ricans"], capital: "San Jose" },
  { id: "cote-divoire", name: "C\xF4te d'Ivoire", aliases: ["C\xF4te d'Ivoire", "Cote d'Ivoire", "Ivory Coast"], demonyms: ["Ivorian", "Ivorians"], capital: "Yamoussoukro" },
  { id: "croatia", name: "Croatia", aliases: ["Croatia"], demonyms: ["Croatian", "Croatians", "Croat", "Croats"], capital: "Zagreb" },
  { id: "cuba", name: "Cuba", aliases: ["Cuba"], demonyms: ["Cuban", "Cubans"], capital: "Havana" },
  { id: "cyprus", name: "Cyprus", aliases: ["Cyprus"], demonyms: ["Cypriot", "Cypriots"], capital: "Nicosia" },
  { id: "czech-republic", name: "Czech Republic", aliases: ["Czech Republic", "Czechia"], demonyms: ["Czech", "Czechs"], capital: "Prague" },
  { id: "denmark", name: "Denmark", aliases: ["Denmark"], demonyms: ["Danish", "Dane", "Danes"], capital: "Copenhagen" },
  { id: "djibouti", name: "Djibouti", aliases: ["Djibouti"], demonyms: ["Djiboutian", "Djiboutians"], capital: "Djibouti City" },
  { id: "dominica", name: "Dominica", aliases: ["Dominica"], demonyms: [], capital: "Roseau" },
  { id: "dominican-republic", name: "Dominican Republic", aliases: ["Dominican Republic"], demonyms: ["Dominican", "Dominicans"], capital: "Santo Domingo" },
  { id: "ecuador", name: "Ecuador", aliases: ["Ecuador"], demonyms: ["Ecuadorian", "Ecuadorians"], capital: "Quito" },
  { id: "egypt", name: "Egypt", aliases: ["Egypt"], demonyms: ["Egyptian", "Egyptians"], capital: "Cairo" },
  { id: "el-salvador", name: "El Salvador", aliases: ["El Salvador"], demonyms: ["Salvadoran", "Salvadorans"], capital: "San Salvador" },
  { id: "equatorial-guinea", name: "Equatorial Guinea", aliases: ["Equatorial Guinea"], demonyms: ["Equatorial Guinean", "Equatoguinean"], capital: "Malabo" },
  { id: "eritrea", name: "Eritrea", aliases: ["Eritrea"], demonyms: ["Eritrean", "Eritreans"], capital: "Asmara" },
  { id: "estonia", name: "Estonia", aliases: ["Estonia"], demonyms: ["Estonian", "Estonians"], capital: "Tallinn" },
  { id: "eswatini", name: "Eswatini", aliases: ["Eswatini", "Swaziland"], demonyms: ["Swazi", "Swazis"], capital: "Mbabane" },
  { id: "ethiopia", name: "Ethiopia", aliases: ["Ethiopia"], demonyms: ["Ethiopian", "Ethiopians"], capital: "Addis Ababa" },
  { id: "fiji", name: "Fiji", aliases: ["Fiji"], demonyms: ["Fijian", "Fijians"], capital: "Suva" },
  { id: "finland", name: "Finland", aliases: ["Finland"], demonyms: ["Finnish", "Finn", "Finns"], capital: "Helsinki" },
  { id: "france", name: "France", aliases: ["France"], demonyms: ["French", "Frenchman", "Frenchmen"], capital: "Paris" },
  { id: "gabon", name: "Gabon", aliases: ["Gabon"], demonyms: ["Gabonese"], capital: "Libreville" },
  { id: "gambia", name: "Gambia", aliases: ["Gambia", "The Gambia"], demonyms: ["Gambian", "Gambians"], capital: "Banjul" },
  { id: "georgia", name: "Georgia", aliases: ["Georgia"], demonyms: ["Georgian", "Georgians"], capital: "Tbilisi" },
  { id: "germany", name: "Germany", aliases: ["Germany", "Federal Republic of Germany"], demonyms: ["German", "Germans"], capital: "Berlin" },
  { id: "ghana", name: "Ghana", aliases: ["Ghana"], demonyms: ["Ghanaian", "Ghanaians"], capital: "Accra" },
  { id: "greece", name: "Greece", aliases: ["Greece"], demonyms: ["Greek", "Greeks"], capital: "Athens" },
  { id: "grenada", name: "Grenada", aliases: ["Grenada"], demonyms: ["Grenadian", "Grenadians"], capital: "St. George's" },
  { id: "guatemala", name: "Guatemala", aliases: ["Guatemala"], demonyms: ["Guatemalan", "Guatemalans"], capital: "Guatemala City" },
  { id: "guinea", name: "Guinea", aliases: ["Guinea"], demonyms: ["Guinean", "Guineans"], capital: "Conakry" },
  { id: "guinea-bissau", name: "Guinea-Bissau", aliases: ["Guinea-Bissau"], demonyms: ["Bissau-Guinean"], capital: "Bissau" },
  { id: "guyana", name: "Guyana", aliases: ["Guyana"], demonyms: ["Guyanese"], capital: "Georgetown" },
  { id: "haiti", name: "Haiti", aliases: ["Haiti"], demonyms: ["Haitian", "Haitians"], capital: "Port-au-Prince" },
  { id: "honduras", name: "Honduras", aliases: ["Honduras"], demonyms: ["Honduran", "Hondurans"], capital: "Tegucigalpa" },
  { id: "hungary", name: "Hungary", aliases: ["Hungary"], demonyms: ["Hungarian", "Hungarians"], capital: "Budapest" },
  { id: "iceland", name: "Iceland", aliases: ["Iceland"], demonyms: ["Icelandic", "Icelander", "Icelanders"], capital: "Reykjavik" },
  { id: "india", name: "India", aliases: ["India", "Bharat"], demonyms: ["Indian", "Indians"], capital: "New Delhi", capitalAliases: ["Delhi"] },
  { id: "indonesia", name: "Indonesia", aliases: ["Indonesia"], demonyms: ["Indonesian", "Indonesians"], capital: "Jakarta" },
  { id: "iran", name: "Iran", aliases: ["Iran", "Islamic Republic of Iran"], demonyms: ["Iranian", "Iranians"], capital: "Tehran", capitalAliases: ["Teheran"] },
  { id: "iraq", name: "Iraq", aliases: ["Iraq"], demonyms: ["Iraqi", "Iraqis"], capital: "Baghdad" },
  { id: "ireland", name: "Ireland", aliases: ["Ireland", "Republic of Ireland"], demonyms: ["Irish"], capital: "Dublin" },
  { id: "israel", name: "Israel", aliases: ["Israel"], demonyms: ["Israeli", "Israelis"], capital: "Jerusalem" },
  { id: "italy", name: "Italy", aliases: ["Italy"], demonyms: ["Italian", "Italians"], capital: "Rome" },
  { id: "jamaica", name: "Jamaica", aliases: ["Jamaica"], demonyms: ["Jamaican", "Jamaicans"], capital: "Kingston" },
  { id: "japan", name: "Japan", aliases: ["Japan"], demonyms: ["Japanese"], capital: "Tokyo" },
  { id: "jordan", name: "Jordan", aliases: ["Jordan"], demonyms: ["Jordanian", "Jordanians"], capital: "Amman" },
  { id: "kazakhstan", name: "Kazakhstan", aliases: ["Kazakhstan"], demonyms: ["Kazakh", "Kazakhstani", "Kazakhstanis"], capital: "Nur-Sultan", capitalAliases: ["Astana"] },
  { id: "kenya", name: "Kenya", aliases: ["Kenya"], demonyms: ["Kenyan", "Kenyans"], capital: "Nairobi" },
  { id: "kiribati", name: "Kiribati", aliases: ["Kiribati"], demonyms: ["I-Kiribati"], capital: "Tarawa" },
  { id: "north-korea", name: "North Korea", aliases: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], demonyms: ["North Korean", "North Koreans"], capital: "Pyongyang" },
  { id: "south-korea", name: "South Korea", aliases: ["South Korea", "Republic of Korea", "ROK"], demonyms: ["South Korean", "South Koreans"], capital: "Seoul" },
  { id: "kuwait", name: "Kuwait", aliases: ["Kuwait"], demonyms: ["Kuwaiti", "Kuwaitis"], capital: "Kuwait City" },
  { id: "kyrgyzstan", name: "Kyrgyzstan", aliases: ["Kyrgyzstan", "Kyrgyz Republic"], demonyms: ["Kyrgyz"], capital: "Bishkek" },
  { id: "laos", name: "Laos", aliases: ["Laos", "Lao PDR"], demonyms: ["Laotian", "Laotians"], capital: "Vientiane" },
  { id: "latvia", name: "Latvia", aliases: ["Latvia"], demonyms: ["Latvian", "Latvians"], capital: "Riga" },
  { id: "lebanon", name: "Lebanon", aliases: ["Lebanon"], demonyms: ["Lebanese"], capital: "Beirut" },
  { id: "lesotho", name: "Lesotho", aliases: ["Lesotho"], demonyms: ["Basotho"], capital: "Maseru" },
  { id: "liberia", name: "Liberia", aliases: ["Liberia"], demonyms: ["Liberian", "Liberians"], capital: "Monrovia" },
  { id: "libya", name: "Libya", aliases: ["Libya"], demonyms: ["Libyan", "Libyans"], capital: "Tripoli" },
  { id: "liechtenstein", name: "Liechtenstein", aliases: ["Liechtenstein"], demonyms: [], capital: "Vaduz" },
  { id: "lithuania", name: "Lithuania", aliases: ["Lithuania"], demonyms: ["Lithuanian", "Lithuanians"], capital: "Vilnius" },
  { id: "luxembourg", name: "Luxembourg", aliases: ["Luxembourg"], demonyms: ["Luxembourgish", "Luxembourger", "Luxembourgers"], capital: "Luxembourg City" },
  { id: "madagascar", name: "Madagascar", aliases: ["Madagascar"], demonyms: ["Malagasy"], capital: "Antananarivo" },
  { id: "malawi", name: "Malawi", aliases: ["Malawi"], demonyms: ["Malawian", "Malawians"], capital: "Lilongwe" },
  { id: "malaysia", name: "Malaysia", aliases: ["Malaysia"], demonyms: ["Malaysian", "Malaysians"], capital: "Kuala Lumpur" },
  { id: "maldives", name: "Maldives", aliases: ["Maldives"], demonyms: ["Maldivian", "Maldivians"], capital: "Male" },
  { id: "mali", name: "Mali", aliases: ["Mali"], demonyms: ["Malian", "Malians"], capital: "Bamako" },
  { id: "malta", name: "Malta", aliases: ["Malta"], demonyms: ["Maltese"], capital: "Valletta" },
  { id: "marshall-islands", name: "Marshall Islands", aliases: ["Marshall Islands"], demonyms: ["Marshallese"], capital: "Majuro" },
  { id: "mauritania", name: "Mauritania", aliases: ["Mauritania"], demonyms: ["Mauritanian", "Mauritanians"], capital: "Nouakchott" },
  { id: "mauritius", name: "Mauritius", aliases: ["Mauritius"], demonyms: ["Mauritian", "Mauritians"], capital: "Port Louis" },
  { id: "mexico", name: "Mexico", aliases: ["Mexico"], demonyms: ["Mexican", "Mexicans"], capital: "Mexico City" },
  { id: "micronesia", name: "Micronesia", aliases: ["Micronesia", "Federated States of Micronesia"], demonyms: ["Micronesian"], capital: "Palikir" },
  { id: "moldova", name: "Moldova", aliases: ["Moldova"], demonyms: ["Moldovan", "Moldovans"], capital: "Chisinau" },
  { id: "monaco", name: "Monaco", aliases: ["Monaco"], demonyms: ["Monegasque"], capital: "Monaco" },
  { id: "mongolia", name: "Mongolia", aliases: ["Mongolia"], demonyms: ["Mongolian", "Mongolians"], capital: "Ulaanbaatar", capitalAliases: ["Ulan Bator"] },
  { id: "montenegro", name: "Montenegro", aliases: ["Montenegro"], demonyms: ["Montenegrin", "Montenegrins"], capital: "Podgorica" },
  { id: "morocco", name: "Morocco", aliases: ["Morocco"], demonyms: ["Moroccan", "Moroccans"], capital: "Rabat" },
  { id: "mozambique", name: "Mozambique", aliases: ["Mozambique"], demonyms: ["Mozambican", "Mozambicans"], capital: "Maputo" },
  { id: "myanmar", name: "Myanmar", aliases: ["Myanmar", "Burma"], demonyms: ["Burmese"], capital: "Naypyidaw", capitalAliases: ["Naypyitaw"] },
  { id: "namibia", name: "Namibia", aliases: ["Namibia"], demonyms: ["Namibian", "Namibians"], capital: "Windhoek" },
  { id: "nauru", name: "Nauru", aliases: ["Nauru"], demonyms: ["Nauruan"], capital: "Yaren" },
  { id: "nepal", name: "Nepal", aliases: ["Nepal"], demonyms: ["Nepali", "Nepalese", "Nepalis"], capital: "Kathmandu" },
  { id: "netherlands", name: "Netherlands", aliases: ["Netherlands", "The Netherlands", "Holland"], demonyms: ["Dutch"], capital: "Amsterdam", capitalAliases: ["The Hague"] },
  { id: "new-zealand", name: "New Zealand", aliases: ["New Zealand"], demonyms: ["New Zealander", "New Zealanders"], capital: "Wellington" },
  { id: "nicaragua", name: "Nicaragua", aliases: ["Nicaragua"], demonyms: ["Nicaraguan", "Nicaraguans"], capital: "Managua" },
  { id: "niger", name: "Niger", aliases: ["Niger"], demonyms: ["Nigerien", "Nigeriens"], capital: "Niamey" },
  { id: "nigeria", name: "Nigeria", aliases: ["Nigeria"], demonyms: ["Nigerian", "Nigerians"], capital: "Abuja" },
  { id: "north-macedonia", name: "North Macedonia", aliases: ["North Macedonia", "Macedonia"], demonyms: ["Macedonian", "Macedonians"], capital: "Skopje" },
  { id: "norway", name: "Norway", aliases: ["Norway"], demonyms: ["Norwegian", "Norwegians"], capital: "Oslo" },
  { id: "oman", name: "Oman", aliases: ["Oman"], demonyms: ["Omani", "Omanis"], capital: "Muscat" },
  { id: "pakistan", name: "Pakistan", aliases: ["Pakistan", "Pak", "Islamic Republic of Pakistan"], demonyms: ["Pakistani", "Pakistanis"], capital: "Islamabad" },
  { id: "palau", name: "Palau", aliases: ["Palau"], demonyms: ["Palauan"], capital: "Ngerulmud" },
  { id: "palestine", name: "Palestine", aliases: ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories"], demonyms: ["Palestinian", "Palestinians"], capital: "Ramallah" },
  { id: "panama", name: "Panama", aliases: ["Panama"], demonyms: ["Panamanian", "Panamanians"], capital: "Panama City" },
  { id: "papua-new-guinea", name: "Papua New Guinea", aliases: ["Papua New Guinea", "PNG"], demonyms: ["Papua New Guinean"], capital: "Port Moresby" },
  { id: "paraguay", name: "Paraguay", aliases: ["Paraguay"], demonyms: ["Paraguayan", "Paraguayans"], capital: "Asuncion", capitalAliases: ["Asunci\xF3n"] },
  { id: "peru", name: "Peru", aliases: ["Peru"], demonyms: ["Peruvian", "Peruvians"], capital: "Lima" },
  { id: "philippines", name: "Philippines", aliases: ["Philippines", "The Philippines"], demonyms: ["Filipino", "Filipinos", "Philippine"], capital: "Manila" },
  { id: "poland", name: "Poland", aliases: ["Poland"], demonyms: ["Polish", "Pole", "Poles"], capital: "Warsaw" },
  { id: "portugal", name: "Portugal", aliases: ["Portugal"], demonyms: ["Portuguese"], capital: "Lisbon" },
  { id: "qatar", name: "Qatar", aliases: ["Qatar"], demonyms: ["Qatari", "Qataris"], capital: "Doha" },
  { id: "romania", name: "Romania", aliases: ["Romania"], demonyms: ["Romanian", "Romanians"], capital: "Bucharest" },
  { id: "russia", name: "Russia", aliases: ["Russia", "Russian Federation"], demonyms: ["Russian", "Russians"], capital: "Moscow" },
  { id: "rwanda", name: "Rwanda", aliases: ["Rwanda"], demonyms: ["Rwandan", "Rwandans"], capital: "Kigali" },
  { id: "saint-kitts-and-nevis", name: "Saint Kitts and Nevis", aliases: ["Saint Kitts and Nevis", "St Kitts and Nevis"], demonyms: [], capital: "Basseterre" },
  { id: "saint-lucia", name: "Saint Lucia", aliases: ["Saint Lucia", "St Lucia"], demonyms: ["Saint Lucian"], capital: "Castries" },
  { id: "saint-vincent-and-the-grenadines", name: "Saint Vincent and the Grenadines", aliases: ["Saint Vincent and the Grenadines"], demonyms: [], capital: "Kingstown" },
  { id: "samoa", name: "Samoa", aliases: ["Samoa"], demonyms: ["Samoan", "Samoans"], capital: "Apia" },
  { id: "san-marino", name: "San Marino", aliases: ["San Marino"], demonyms: ["Sammarinese"], capital: "City of San Marino" },
  { id: "sao-tome-and-principe", name: "S\xE3o Tom\xE9 and Pr\xEDncipe", aliases: ["S\xE3o Tom\xE9 and Pr\xEDncipe", "Sao Tome and Principe"], demonyms: [], capital: "S\xE3o Tom\xE9" },
  { id: "saudi-arabia", name: "Saudi Arabia", aliases: ["Saudi Arabia", "KSA", "Kingdom of Saudi Arabia"], demonyms: ["Saudi", "Saudis"], capital: "Riyadh" },
  { id: "senegal", name: "Senegal", aliases: ["Senegal"], demonyms: ["Senegalese"], capital: "Dakar" },
  { id: "serbia", name: "Serbia", aliases: ["Serbia"], demonyms: ["Serbian", "Serbians", "Serb", "Serbs"], capital: "Belgrade" },
  { id: "seychelles", name: "Seychelles", aliases: ["Seychelles"], demonyms: ["Seychellois"], capital: "Victoria" },
  { id: "sierra-leone", name: "Sierra Leone", aliases: ["Sierra Leone"], demonyms: ["Sierra Leonean", "Sierra Leoneans"], capital: "Freetown" },
  { id: "singapore", name: "Singapore", aliases: ["Singapore"], demonyms: ["Singaporean", "Singaporeans"], capital: "Singapore" },
  { id: "slovakia", name: "Slovakia", aliases: ["Slovakia"], demonyms: ["Slovak", "Slovaks", "Slovakian"], capital: "Bratislava" },
  { id: "slovenia", name: "Slovenia", aliases: ["Slovenia"], demonyms: ["Slovenian", "Slovenians", "Slovene", "Slovenes"], capital: "Ljubljana" },
  { id: "solomon-islands", name: "Solomon Islands", aliases: ["Solomon Islands"], demonyms: ["Solomon Islander"], capital: "Honiara" },
  { id: "somalia", name: "Somalia", aliases: ["Somalia"], demonyms: ["Somali", "Somalis"], capital: "Mogadishu" },
  { id: "south-africa", name: "South Africa", aliases: ["South Africa"], demonyms: ["South African", "South Africans"], capital: "Pretoria" },
  { id: "south-sudan", name: "South Sudan", aliases: ["South Sudan"], demonyms: ["South Sudanese"], capital: "Juba" },
  { id: "spain", name: "Spain", aliases: ["Spain"], demonyms: ["Spanish", "Spaniard", "Spaniards"], capital: "Madrid" },
  { id: "sri-lanka", name: "Sri Lanka", aliases: ["Sri Lanka"], demonyms: ["Sri Lankan", "Sri Lankans"], capital: "Colombo" },
  { id: "sudan", name: "Sudan", aliases: ["Sudan"], demonyms: ["Sudanese"], capital: "Khartoum" },
  { id: "suriname", name: "Suriname", aliases: ["Suriname"], demonyms: ["Surinamese"], capital: "Paramaribo" },
  { id: "sweden", name: "Sweden", aliases: ["Sweden"], demonyms: ["Swedish", "Swede", "Swedes"], capital: "Stockholm" },
  { id: "switzerland", name: "Switzerland", aliases: ["Switzerland"], demonyms: ["Swiss"], capital: "Bern", capitalAliases: ["Berne"] },
  { id: "syria", name: "Syria", aliases: ["Syria", "Syrian Arab Republic"], demonyms: ["Syrian", "Syrians"], capital: "Damascus" },
  { id: "tajikistan", name: "Tajikistan", aliases: ["Tajikistan"], demonyms: ["Tajik", "Tajikistani"], capital: "Dushanbe" },
  { id: "tanzania", name: "Tanzania", aliases: ["Tanzania"], demonyms: ["Tanzanian", "Tanzanians"], capital: "Dodoma" },
  { id: "thailand", name: "Thailand", aliases: ["Thailand"], demonyms: ["Thai", "Thais"], capital: "Bangkok" },
  { id: "timor-leste", name: "Timor-Leste", aliases: ["Timor-Leste", "East Timor"], demonyms: ["Timorese"], capital: "Dili" },
  { id: "togo", name: "Togo", aliases: ["Togo"], demonyms: ["Togolese"], capital: "Lome", capitalAliases: ["Lom\xE9"] },
  { id: "tonga", name: "Tonga", aliases: ["Tonga"], demonyms: ["Tongan", "Tongans"], capital: "Nuku'alofa" },
  { id: "trinidad-and-tobago", name: "Trinidad and Tobago", aliases: ["Trinidad and Tobago", "Trinidad"], demonyms: ["Trinidadian", "Trinidadians"], capital: "Port of Spain" },
  { id: "tunisia", name: "Tunisia", aliases: ["Tunisia"], demonyms: ["Tunisian", "Tunisians"], capital: "Tunis" },
  { id: "turkey", name: "Turkey", aliases: ["Turkey", "T\xFCrkiye", "Turkiye"], demonyms: ["Turkish", "Turk", "Turks"], capital: "Ankara" },
  { id: "turkmenistan", name: "Turkmenistan", aliases: ["Turkmenistan"], demonyms: ["Turkmen"], capital: "Ashgabat" },
  { id: "tuvalu", name: "Tuvalu", aliases: ["Tuvalu"], demonyms: ["Tuvaluan"], capital: "Funafuti" },
  { id: "uganda", name: "Uganda", aliases: ["Uganda"], demonyms: ["Ugandan", "Ugandans"], capital: "Kampala" },
  { id: "ukraine", name: "Ukraine", aliases: ["Ukraine"], demonyms: ["Ukrainian", "Ukrainians"], capital: "Kyiv", capitalAliases: ["Kiev"] },
  { id: "united-arab-emirates", name: "United Arab Emirates", aliases: ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"], demonyms: ["Emirati", "Emiratis"], capital: "Abu Dhabi" },
  { id: "united-kingdom", name: "United Kingdom", aliases: ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"], demonyms: ["British", "Briton", "Britons"], capital: "London" },
  { id: "united-states", name: "United States", aliases: ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"], demonyms: ["American", "Americans"], capital: "Washington", capitalAliases: ["Washington, D.C.", "Washington DC"] },
  { id: "uruguay", name: "Uruguay", aliases: ["Uruguay"], demonyms: ["Uruguayan", "Uruguayans"], capital: "Montevideo" },
  { id: "uzbekistan", name: "Uzbekistan", aliases: ["Uzbekistan"], demonyms: ["Uzbek", "Uzbekistani"], capital: "Tashkent" },
  { id: "vanuatu", name: "Vanuatu", aliases: ["Vanuatu"], demonyms: ["Vanuatuan", "Ni-Vanuatu"], capital: "Port Vila" },
  { id: "venezuela", name: "Venezuela", aliases: ["Venezuela"], demonyms: ["Venezuelan", "Venezuelans"], capital: "Caracas" },
  { id: "vietnam", name: "Vietnam", aliases: ["Vietnam", "Viet Nam"], demonyms: ["Vietnamese"], capital: "Hanoi" },
  { id: "yemen", name: "Yemen", aliases: ["Yemen"], demonyms: ["Yemeni", "Yemenis"], capital: "Sanaa", capitalAliases: ["Sana'a"] },
  { id: "zambia", name: "Zambia", aliases: ["Zambia"], demonyms: ["Zambian", "Zambians"], capital: "Lusaka" },
  { id: "zimbabwe", name: "Zimbabwe", aliases: ["Zimbabwe"], demonyms: ["Zimbabwean", "Zimbabweans"], capital: "Harare" },
  { id: "taiwan", name: "Taiwan", aliases: ["Taiwan", "Republic of China"], demonyms: ["Taiwanese"], capital: "Taipei" },
  { id: "kosovo", name: "Kosovo", aliases: ["Kosovo"], demonyms: ["Kosovar", "Kosovars", "Kosovan"], capital: "Pristina" },
  { id: "vatican-city", name: "Vatican City", aliases: ["Vatican City", "Vatican", "Holy See"], demonyms: [], capital: "Vatican City" }
];

// src/core/data/bodies.json
var bodies_default = {
  bodies: [
    { id: "united-nations", name: "United Nations", aliases: ["United Nations", "UN", "U.N."] },
    { id: "un-general-assembly", name: "UN General Assembly", aliases: ["UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "UNGA", "General Assembly"] },
    { id: "un-security-council", name: "UN Security Council", aliases: ["UN Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC", "Security Council"] },
    { id: "un-human-rights-council", name: "UN Human Rights Council", aliases: ["UN Human Rights Council", "United Nations Human Rights Council", "UNHRC", "Human Rights Council"] },
    { id: "unama", name: "UN Assistance Mission in Afghanistan", aliases: ["UNAMA", "UN Assistance Mission in Afghanistan", "United Nations Assistance Mission in Afghanistan"] },
    { id: "unhcr", name: "UNHCR", aliases: ["UNHCR", "UN Refugee Agency", "UN refugee agency", "United Nations High Commissioner for Refugees", "Office of the UN High Commissioner for Refugees"] },
    { id: "ohchr", name: "UN Human Rights Office", aliases: ["OHCHR", "UN Human Rights Office", "UN High Commissioner for Human Rights"] },
    { id: "unicef", name: "UNICEF", aliases: ["UNICEF", "Unicef", "United Nations Children's Fund", "UN Children's Fund"] },
    { id: "wfp", name: "World Food Programme", aliases: ["WFP", "World Food Programme", "World Food Program", "UN World Food Programme"] },
    { id: "undp", name: "UNDP", aliases: ["UNDP", "UN Development Programme", "United Nations Development Programme"] },
    { id: "ocha", name: "OCHA", aliases: ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"] },
    { id: "unodc", name: "UNODC", aliases: ["UNODC", "UN Office on Drugs and Crime"] },
    { id: "unesco", name: "UNESCO", aliases: ["UNESCO", "Unesco"] },
    { id: "un-women", name: "UN Women", aliases: ["UN Women"] },
    { id: "fao", name: "FAO", aliases: ["FAO", "Food and Agriculture Organization"] },
    { id: "who", name: "World Health Organization", aliases: ["World Health Organization", "World Health Organisation", "WHO"] },
    { id: "imf", name: "International Monetary Fund", aliases: ["International Monetary Fund", "IMF"] },
    { id: "world-bank", name: "World Bank", aliases: ["World Bank"] },
    { id: "asian-development-bank", name: "Asian Development Bank", aliases: ["Asian Development Bank", "ADB"] },
    { id: "icrc", name: "International Committee of the Red Cross", aliases: ["International Committee of the Red Cross", "ICRC", "Red Cross", "Red Crescent", "International Red Cross"] },
    { id: "iaea", name: "IAEA", aliases: ["IAEA", "International Atomic Energy Agency"] },
    { id: "interpol", name: "Interpol", aliases: ["Interpol", "INTERPOL"] },
    { id: "icc", name: "International Criminal Court", aliases: ["International Criminal Court", "ICC"] },
    { id: "icj", name: "International Court of Justice", aliases: ["International Court of Justice", "ICJ"] },
    { id: "wto", name: "World Trade Organization", aliases: ["World Trade Organization", "WTO"] },
    { id: "opec", name: "OPEC", aliases: ["OPEC", "Opec"] },
    { id: "fatf", name: "Financial Action Task Force", aliases: ["Financial Action Task Force", "FATF"] },
    { id: "european-union", name: "European Union", aliases: ["European Union", "EU", "E.U."] },
    { id: "european-commission", name: "European Commission", aliases: ["European Commission"] },
    { id: "european-parliament", name: "European Parliament", aliases: ["European Parliament"] },
    { id: "european-council", name: "European Council", aliases: ["European Council"] },
    { id: "nato", name: "NATO", aliases: ["NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"] },
    { id: "g7", name: "G7", aliases: ["G7", "G-7", "Group of Seven"] },
    { id: "g20", name: "G20", aliases: ["G20", "G-20", "Group of 20", "Group of Twenty"] },
    { id: "p5", name: "P5", aliases: ["P5", "P-5"] },
    { id: "sco", name: "Shanghai Cooperation Organisation", aliases: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"] },
    { id: "oic", name: "Organisation of Islamic Cooperation", aliases: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"] },
    { id: "asean", name: "ASEAN", aliases: ["ASEAN", "Association of Southeast Asian Nations"] },
    { id: "african-union", name: "African Union", aliases: ["African Union"] },
    { id: "arab-league", name: "Arab League", aliases: ["Arab League", "League of Arab States"] },
    { id: "csto", name: "Collective Security Treaty Organization", aliases: ["Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"] },
    { id: "cis", name: "Commonwealth of Independent States", aliases: ["Commonwealth of Independent States", "CIS"] },
    { id: "osce", name: "OSCE", aliases: ["OSCE", "Organization for Security and Co-operation in Europe"] },
    { id: "gcc", name: "Gulf Cooperation Council", aliases: ["Gulf Cooperation Council", "GCC"] },
    { id: "saarc", name: "SAARC", aliases: ["SAARC"] },
    { id: "brics", name: "BRICS", aliases: ["BRICS"] },
    { id: "quad", name: "Quad", aliases: ["Quad"] },
    { id: "extended-troika", name: "Extended Troika", aliases: ["Extended Troika", "extended troika", "Troika Plus", "troika plus"] },
    { id: "amnesty-international", name: "Amnesty International", aliases: ["Amnesty International", "Amnesty"] },
    { id: "human-rights-watch", name: "Human Rights Watch", aliases: ["Human Rights Watch", "HRW"] },
    { id: "msf", name: "Doctors Without Borders", aliases: ["Doctors Without Borders", "M\xE9decins Sans Fronti\xE8res", "Medecins Sans Frontieres", "MSF"] },
    { id: "save-the-children", name: "Save the Children", aliases: ["Save the Children"] },
    { id: "white-house", name: "White House", aliases: ["White House"] },
    { id: "kremlin", name: "Kremlin", aliases: ["Kremlin"] },
    { id: "us-state-department", name: "State Department", aliases: ["State Department", "Department of State", "US State Department", "U.S. State Department"] },
    { id: "pentagon", name: "Pentagon", aliases: ["Pentagon", "Department of Defense", "Defense Department"] },
    { id: "us-congress", name: "US Congress", aliases: ["Congress", "US Congress", "U.S. Congress"] },
    { id: "us-senate", name: "US Senate", aliases: ["Senate", "US Senate", "U.S. Senate"] },
    { id: "us-house-of-representatives", name: "US House of Representatives", aliases: ["House of Representatives"] },
    { id: "cia", name: "CIA", aliases: ["CIA", "Central Intelligence Agency"] },
    { id: "fbi", name: "FBI", aliases: ["FBI"] },
    { id: "uk-foreign-office", name: "Foreign Office", aliases: ["Foreign Office", "Foreign, Commonwealth and Development Office", "FCDO"] },
    { id: "downing-street", name: "Downing Street", aliases: ["Downing Street", "No 10", "Number 10"] },
    { id: "uk-house-of-commons", name: "House of Commons", aliases: ["House of Commons"] },
    { id: "uk-house-of-lords", name: "House of Lords", aliases: ["House of Lords"] },
    { id: "mi6", name: "MI6", aliases: ["MI6"] },
    { id: "elysee", name: "Elysee", aliases: ["Elysee", "\xC9lys\xE9e", "Elysee Palace", "\xC9lys\xE9e Palace"] },
    { id: "quai-dorsay", name: "Quai d'Orsay", aliases: ["Quai d'Orsay"] },
    { id: "bundestag", name: "Bundestag", aliases: ["Bundestag"] },
    { id: "state-duma", name: "State Duma", aliases: ["State Duma", "Duma"] },
    { id: "fsb", name: "FSB", aliases: ["FSB"] },
    { id: "zhongnanhai", name: "Zhongnanhai", aliases: ["Zhongnanhai"] },
    { id: "isi", name: "Inter-Services Intelligence", aliases: ["Inter-Services Intelligence", "ISI"] },
    { id: "ispr", name: "ISPR", aliases: ["ISPR", "Inter-Services Public Relations"] },
    { id: "nds", name: "National Directorate of Security", aliases: ["National Directorate of Security", "NDS"] },
    { id: "loya-jirga", name: "Loya Jirga", aliases: ["Loya Jirga"] },
    { id: "afghan-national-army", name: "Afghan National Army", aliases: ["Afghan National Army", "ANA", "Afghan National Defense and Security Forces", "ANDSF"] },
    { id: "mossad", name: "Mossad", aliases: ["Mossad"] },
    { id: "irgc", name: "Islamic Revolutionary Guard Corps", aliases: ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"] },
    { id: "da-afghanistan-bank", name: "Da Afghanistan Bank", aliases: ["Da Afghanistan Bank"] },
    { id: "federal-reserve", name: "Federal Reserve", aliases: ["Federal Reserve"] },
    { id: "us-treasury", name: "US Treasury", aliases: ["Treasury Department", "US Treasury", "U.S. Treasury"] },
    { id: "usaid", name: "USAID", aliases: ["USAID"] },
    { id: "republican-party", name: "Republican Party", aliases: ["Republican Party", "GOP"] },
    { id: "democratic-party", name: "Democratic Party", aliases: ["Democratic Party"] }
  ],
  outlets: [
    { id: "reuters", name: "Reuters", aliases: ["Reuters"] },
    { id: "associated-press", name: "Associated Press", aliases: ["Associated Press", "AP"] },
    { id: "afp", name: "AFP", aliases: ["AFP", "Agence France-Presse", "Agence France Presse"] },
    { id: "bbc", name: "BBC", aliases: ["BBC", "BBC News"] },
    { id: "cnn", name: "CNN", aliases: ["CNN"] },
    { id: "al-jazeera", name: "Al Jazeera", aliases: ["Al Jazeera", "Al-Jazeera", "Aljazeera"] },
    { id: "al-arabiya", name: "Al Arabiya", aliases: ["Al Arabiya", "Al-Arabiya"] },
    { id: "politico", name: "Politico", aliases: ["Politico", "POLITICO"] },
    { id: "dawn", name: "Dawn", aliases: ["Dawn"] },
    { id: "tass", name: "TASS", aliases: ["TASS", "Tass"] },
    { id: "ria-novosti", name: "RIA Novosti", aliases: ["RIA Novosti", "RIA"] },
    { id: "interfax", name: "Interfax", aliases: ["Interfax"] },
    { id: "sputnik", name: "Sputnik", aliases: ["Sputnik"] },
    { id: "rt", name: "RT", aliases: ["RT", "Russia Today"] },
    { id: "xinhua", name: "Xinhua", aliases: ["Xinhua"] },
    { id: "global-times", name: "Global Times", aliases: ["Global Times"] },
    { id: "cgtn", name: "CGTN", aliases: ["CGTN"] },
    { id: "anadolu", name: "Anadolu Agency", aliases: ["Anadolu Agency", "Anadolu"] },
    { id: "trt", name: "TRT", aliases: ["TRT", "TRT World"] },
    { id: "daily-sabah", name: "Daily Sabah", aliases: ["Daily Sabah"] },
    { id: "new-york-times", name: "The New York Times", aliases: ["The New York Times", "New York Times", "NYT"] },
    { id: "washington-post", name: "The Washington Post", aliases: ["The Washington Post", "Washington Post"] },
    { id: "wall-street-journal", name: "The Wall Street Journal", aliases: ["The Wall Street Journal", "Wall Street Journal", "WSJ"] },
    { id: "the-guardian", name: "The Guardian", aliases: ["The Guardian", "Guardian"] },
    { id: "financial-times", name: "Financial Times", aliases: ["Financial Times"] },
    { id: "the-times", name: "The Times", aliases: ["The Times"] },
    { id: "the-telegraph", name: "The Telegraph", aliases: ["The Telegraph", "Daily Telegraph"] },
    { id: "the-independent", name: "The Independent", aliases: ["The Independent"] },
    { id: "daily-mail", name: "Daily Mail", aliases: ["Daily Mail"] },
    { id: "sky-news", name: "Sky News", aliases: ["Sky News"] },
    { id: "bloomberg", name: "Bloomberg", aliases: ["Bloomberg"] },
    { id: "cnbc", name: "CNBC", aliases: ["CNBC"] },
    { id: "fox-news", name: "Fox News", aliases: ["Fox News"] },
    { id: "nbc-news", name: "NBC News", aliases: ["NBC News", "NBC"] },
    { id: "abc-news", name: "ABC News", aliases: ["ABC News"] },
    { id: "cbs-news", name: "CBS News", aliases: ["CBS News", "CBS"] },
    { id: "npr", name: "NPR", aliases: ["NPR"] },
    { id: "axios", name: "Axios", aliases: ["Axios"] },
    { id: "the-hill", name: "The Hill", aliases: ["The Hill"] },
    { id: "newsweek", name: "Newsweek", aliases: ["Newsweek"] },
    { id: "voa", name: "Voice of America", aliases: ["Voice of America", "VOA"] },
    { id: "rferl", name: "Radio Free Europe/Radio Liberty", aliases: ["Radio Free Europe/Radio Liberty", "Radio Free Europe", "RFE/RL", "Radio Azadi"] },
    { id: "deutsche-welle", name: "Deutsche Welle", aliases: ["Deutsche Welle", "DW"] },
    { id: "france-24", name: "France 24", aliases: ["France 24"] },
    { id: "le-monde", name: "Le Monde", aliases: ["Le Monde"] },
    { id: "der-spiegel", name: "Der Spiegel", aliases: ["Der Spiegel", "Spiegel"] },
    { id: "irna", name: "IRNA", aliases: ["IRNA"] },
    { id: "press-tv", name: "Press TV", aliases: ["Press TV"] },
    { id: "tasnim", name: "Tasnim", aliases: ["Tasnim", "Tasnim News Agency"] },
    { id: "fars", name: "Fars", aliases: ["Fars", "Fars News Agency"] },
    { id: "arab-news", name: "Arab News", aliases: ["Arab News"] },
    { id: "gulf-news", name: "Gulf News", aliases: ["Gulf News"] },
    { id: "tolo-news", name: "Tolo News", aliases: ["Tolo News", "TOLOnews", "TOLONews", "ToloNews", "Tolonews"] },
    { id: "pajhwok", name: "Pajhwok Afghan News", aliases: ["Pajhwok Afghan News", "Pajhwok"] },
    { id: "ariana-news", name: "Ariana News", aliases: ["Ariana News"] },
    { id: "khaama-press", name: "Khaama Press", aliases: ["Khaama Press", "Khaama"] },
    { id: "express-tribune", name: "The Express Tribune", aliases: ["The Express Tribune", "Express Tribune"] },
    { id: "geo-news", name: "Geo News", aliases: ["Geo News", "Geo TV"] },
    { id: "ary-news", name: "ARY News", aliases: ["ARY News"] },
    { id: "app", name: "Associated Press of Pakistan", aliases: ["Associated Press of Pakistan", "APP"] },
    { id: "radio-pakistan", name: "Radio Pakistan", aliases: ["Radio Pakistan"] },
    { id: "times-of-india", name: "The Times of India", aliases: ["The Times of India", "Times of India"] },
    { id: "hindustan-times", name: "Hindustan Times", aliases: ["Hindustan Times"] },
    { id: "the-hindu", name: "The Hindu", aliases: ["The Hindu"] },
    { id: "indian-express", name: "The Indian Express", aliases: ["The Indian Express", "Indian Express"] },
    { id: "ndtv", name: "NDTV", aliases: ["NDTV"] },
    { id: "india-today", name: "India Today", aliases: ["India Today"] },
    { id: "wion", name: "WION", aliases: ["WION"] },
    { id: "ani", name: "ANI", aliases: ["ANI"] },
    { id: "pti", name: "Press Trust of India", aliases: ["Press Trust of India"] },
    { id: "ians", name: "IANS", aliases: ["IANS"] },
    { id: "kyodo", name: "Kyodo", aliases: ["Kyodo", "Kyodo News"] },
    { id: "yonhap", name: "Yonhap", aliases: ["Yonhap"] },
    { id: "nhk", name: "NHK", aliases: ["NHK"] },
    { id: "scmp", name: "South China Morning Post", aliases: ["South China Morning Post", "SCMP"] },
    { id: "euronews", name: "Euronews", aliases: ["Euronews"] },
    { id: "the-economist", name: "The Economist", aliases: ["The Economist", "Economist"] },
    { id: "foreign-policy", name: "Foreign Policy", aliases: ["Foreign Policy magazine"] },
    { id: "izvestia", name: "Izvestia", aliases: ["Izvestia"] },
    { id: "kommersant", name: "Kommersant", aliases: ["Kommersant"] },
    { id: "the-diplomat", name: "The Diplomat", aliases: ["The Diplomat"] },
    { id: "eurasianet", name: "Eurasianet", aliases: ["Eurasianet"] }
  ],
  institutions: [
    { name: "Foreign Ministry", aliases: ["Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry", "MFA", "MoFA"] },
    { name: "Defence Ministry", aliases: ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"] },
    { name: "Interior Ministry", aliases: ["Interior Ministry", "Ministry of Interior", "Ministry of the Interior", "Home Ministry"] },
    { name: "Finance Ministry", aliases: ["Finance Ministry", "Ministry of Finance"] },
    { name: "Ministry of Information", aliases: ["Ministry of Information", "Information Ministry"] },
    { name: "Ministry for the Propagation of Virtue and the Prevention of Vice", aliases: ["Ministry for the Propagation of Virtue and the Prevention of Vice", "Ministry of Vice and Virtue", "Vice and Virtue Ministry"] },
    { name: "Ministry of Women's Affairs", aliases: ["Ministry of Women's Affairs", "Women's Affairs Ministry"] },
    { name: "Parliament", aliases: ["Parliament", "National Assembly"] },
    { name: "Cabinet", aliases: ["Cabinet"] },
    { name: "Embassy", aliases: ["Embassy"] },
    { name: "Central Bank", aliases: ["Central Bank"] },
    { name: "Supreme Court", aliases: ["Supreme Court"] },
    { name: "National Security Council", aliases: ["National Security Council"] },
    { name: "Armed Forces", aliases: ["Armed Forces"] },
    { name: "Air Force", aliases: ["Air Force"] }
  ]
};

// src/core/data/groups.json
var groups_default = [
  { id: "taliban", name: "Taliban", aliases: ["Taliban", "Taleban", "Afghan Taliban", "Islamic Emirate", "Islamic Emirate of Afghanistan"] },
  { id: "isis-k", name: "Islamic State-Khorasan", aliases: ["IS-K", "ISIS-K", "ISIS-Khorasan", "ISIS Khorasan", "ISKP", "IS-KP", "ISIS-KP", "ISK", "Islamic State-Khorasan", "Islamic State Khorasan", "Islamic State Khorasan Province", "Islamic State-Khorasan Province", "Islamic State in Khorasan Province", "Islamic State of Khorasan", "Islamic State in Khorasan", "Islamic State-K", "Daesh-Khorasan", "Daesh Khorasan", "ISIL-K", "ISIL-Khorasan"] },
  { id: "islamic-state", name: "Islamic State", aliases: ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Daish", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"] },
  { id: "al-qaeda", name: "al-Qaeda", aliases: ["al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida", "al Qaida", "Al Qaida", "Al-Qaeda", "Alqaeda"] },
  { id: "aqis", name: "al-Qaeda in the Indian Subcontinent", aliases: ["al-Qaeda in the Indian Subcontinent", "Al-Qaeda in the Indian Subcontinent", "AQIS"] },
  { id: "haqqani-network", name: "Haqqani network", aliases: ["Haqqani network", "Haqqani Network", "Haqqanis"] },
  { id: "ttp", name: "Tehreek-e-Taliban Pakistan", aliases: ["TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Pakistani Taliban"] },
  { id: "northern-alliance", name: "Northern Alliance", aliases: ["Northern Alliance"] },
  { id: "national-resistance-front", name: "National Resistance Front", aliases: ["National Resistance Front", "National Resistance Front of Afghanistan", "NRF", "NRFA"] },
  { id: "hezbollah", name: "Hezbollah", aliases: ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"] },
  { id: "hamas", name: "Hamas", aliases: ["Hamas", "HAMAS"] },
  { id: "houthis", name: "Houthis", aliases: ["Houthis", "Houthi", "Ansar Allah", "Huthis", "Huthi"] },
  { id: "al-shabaab", name: "al-Shabaab", aliases: ["al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab", "al Shabaab", "Al Shabaab"] },
  { id: "boko-haram", name: "Boko Haram", aliases: ["Boko Haram"] },
  { id: "muslim-brotherhood", name: "Muslim Brotherhood", aliases: ["Muslim Brotherhood"] },
  { id: "etim", name: "East Turkestan Islamic Movement", aliases: ["ETIM", "East Turkestan Islamic Movement", "East Turkistan Islamic Movement", "Turkistan Islamic Party", "Turkestan Islamic Party", "TIP"] },
  { id: "lashkar-e-taiba", name: "Lashkar-e-Taiba", aliases: ["Lashkar-e-Taiba", "Lashkar-e-Toiba", "Lashkar-e-Tayyiba", "LeT"] },
  { id: "jaish-e-mohammed", name: "Jaish-e-Mohammed", aliases: ["Jaish-e-Mohammed", "Jaish-e-Muhammad", "Jaish-e-Mohammad", "JeM"] },
  { id: "imu", name: "Islamic Movement of Uzbekistan", aliases: ["Islamic Movement of Uzbekistan", "IMU"] },
  { id: "jamaat-ul-ahrar", name: "Jamaat-ul-Ahrar", aliases: ["Jamaat-ul-Ahrar", "Jamaat ul-Ahrar"] },
  { id: "hizb-ut-tahrir", name: "Hizb ut-Tahrir", aliases: ["Hizb ut-Tahrir", "Hizb-ut-Tahrir"] },
  { id: "hayat-tahrir-al-sham", name: "Hayat Tahrir al-Sham", aliases: ["Hayat Tahrir al-Sham", "HTS"] },
  { id: "pkk", name: "PKK", aliases: ["PKK", "Kurdistan Workers' Party"] },
  { id: "ypg", name: "YPG", aliases: ["YPG"] },
  { id: "wagner-group", name: "Wagner Group", aliases: ["Wagner Group", "Wagner"] },
  { id: "baloch-liberation-army", name: "Baloch Liberation Army", aliases: ["Baloch Liberation Army", "BLA"] },
  { id: "hezb-e-islami", name: "Hezb-e-Islami", aliases: ["Hezb-e-Islami", "Hizb-e-Islami"] },
  { id: "jamiat-e-islami", name: "Jamiat-e-Islami", aliases: ["Jamiat-e-Islami", "Jamiat-i-Islami"] },
  { id: "jamiat-ulema-e-islam", name: "Jamiat Ulema-e-Islam", aliases: ["Jamiat Ulema-e-Islam", "Jamiat Ulema-e-Islam-Fazl", "JUI-F"] },
  { id: "tehreek-e-labbaik-pakistan", name: "Tehreek-e-Labbaik Pakistan", aliases: ["Tehreek-e-Labbaik Pakistan", "Tehreek-e-Labbaik", "TLP"] },
  { id: "pakistan-tehreek-e-insaf", name: "Pakistan Tehreek-e-Insaf", aliases: ["Pakistan Tehreek-e-Insaf", "Pakistan Tehrik-e-Insaf"] },
  { id: "quetta-shura", name: "Quetta Shura", aliases: ["Quetta Shura"] },
  { id: "republicans", name: "Republicans", aliases: ["Republicans"] },
  { id: "democrats", name: "Democrats", aliases: ["Democrats"] }
];

// src/core/data/people.json
var people_default = [
  { id: "joe-biden", name: "Joe Biden", aliases: ["Joe Biden", "Joseph Biden", "Joseph R. Biden", "Biden"] },
  { id: "kamala-harris", name: "Kamala Harris", aliases: ["Kamala Harris", "Harris"] },
  { id: "donald-trump", name: "Donald Trump", aliases: ["Donald Trump", "Donald J. Trump", "Trump"] },
  { id: "barack-obama", name: "Barack Obama", aliases: ["Barack Obama", "Obama"] },
  { id: "george-w-bush", name: "George W. Bush", aliases: ["George W. Bush", "George W Bush", "Bush"] },
  { id: "antony-blinken", name: "Antony Blinken", aliases: ["Antony Blinken", "Anthony Blinken", "Tony Blinken", "Blinken"] },
  { id: "jake-sullivan", name: "Jake Sullivan", aliases: ["Jake Sullivan", "Sullivan"] },
  { id: "lloyd-austin", name: "Lloyd Austin", aliases: ["Lloyd Austin"] },
  { id: "mark-milley", name: "Mark Milley", aliases: ["Mark Milley", "Milley"] },
  { id: "kenneth-mckenzie", name: "Kenneth McKenzie", aliases: ["Kenneth McKenzie", "Frank McKenzie", "McKenzie"] },
  { id: "ned-price", name: "Ned Price", aliases: ["Ned Price"] },
  { id: "jen-psaki", name: "Jen Psaki", aliases: ["Jen Psaki", "Psaki"] },
  { id: "john-kirby", name: "John Kirby", aliases: ["John Kirby", "Kirby"] },
  { id: "zalmay-khalilzad", name: "Zalmay Khalilzad", aliases: ["Zalmay Khalilzad", "Khalilzad"] },
  { id: "thomas-west", name: "Thomas West", aliases: ["Thomas West", "Tom West"] },
  { id: "wendy-sherman", name: "Wendy Sherman", aliases: ["Wendy Sherman", "Sherman"] },
  { id: "william-burns", name: "William Burns", aliases: ["William Burns", "Bill Burns"] },
  { id: "mike-pompeo", name: "Mike Pompeo", aliases: ["Mike Pompeo", "Pompeo"] },
  { id: "linda-thomas-greenfield", name: "Linda Thomas-Greenfield", aliases: ["Linda Thomas-Greenfield", "Thomas-Greenfield"] },
  { id: "nancy-pelosi", name: "Nancy Pelosi", aliases: ["Nancy Pelosi", "Pelosi"] },
  { id: "mitch-mcconnell", name: "Mitch McConnell", aliases: ["Mitch McConnell", "McConnell"] },
  { id: "vladimir-putin", name: "Vladimir Putin", aliases: ["Vladimir Putin", "Putin"] },
  { id: "sergei-lavrov", name: "Sergei Lavrov", aliases: ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"] },
  { id: "dmitry-peskov", name: "Dmitry Peskov", aliases: ["Dmitry Peskov", "Dmitri Peskov", "Peskov"] },
  { id: "maria-zakharova", name: "Maria Zakharova", aliases: ["Maria Zakharova", "Zakharova"] },
  { id: "zamir-kabulov", name: "Zamir Kabulov", aliases: ["Zamir Kabulov", "Kabulov"] },
  { id: "sergei-shoigu", name: "Sergei Shoigu", aliases: ["Sergei Shoigu", "Sergey Shoigu", "Shoigu"] },
  { id: "nikolai-patrushev", name: "Nikolai Patrushev", aliases: ["Nikolai Patrushev", "Patrushev"] },
  { id: "dmitry-medvedev", name: "Dmitry Medvedev", aliases: ["Dmitry Medvedev", "Medvedev"] },
  { id: "mikhail-mishustin", name: "Mikhail Mishustin", aliases: ["Mikhail Mishustin", "Mishustin"] },
  { id: "vasily-nebenzya", name: "Vassily Nebenzia", aliases: ["Vassily Nebenzia", "Vasily Nebenzya", "Nebenzia", "Nebenzya"] },
  { id: "xi-jinping", name: "Xi Jinping", aliases: ["Xi Jinping", "Xi"] },
  { id: "wang-yi", name: "Wang Yi", aliases: ["Wang Yi"] },
  { id: "li-keqiang", name: "Li Keqiang", aliases: ["Li Keqiang"] },
  { id: "zhao-lijian", name: "Zhao Lijian", aliases: ["Zhao Lijian"] },
  { id: "wang-wenbin", name: "Wang Wenbin", aliases: ["Wang Wenbin"] },
  { id: "hua-chunying", name: "Hua Chunying", aliases: ["Hua Chunying"] },
  { id: "yue-xiaoyong", name: "Yue Xiaoyong", aliases: ["Yue Xiaoyong"] },
  { id: "zhang-jun", name: "Zhang Jun", aliases: ["Zhang Jun"] },
  { id: "imran-khan", name: "Imran Khan", aliases: ["Imran Khan"] },
  { id: "shah-mahmood-qureshi", name: "Shah Mahmood Qureshi", aliases: ["Shah Mahmood Qureshi", "Shah Mehmood Qureshi", "Mahmood Qureshi", "Qureshi"] },
  { id: "qamar-javed-bajwa", name: "Qamar Javed Bajwa", aliases: ["Qamar Javed Bajwa", "Qamar Bajwa", "Bajwa"] },
  { id: "faiz-hameed", name: "Faiz Hameed", aliases: ["Faiz Hameed", "Faiz Hamid"] },
  { id: "moeed-yusuf", name: "Moeed Yusuf", aliases: ["Moeed Yusuf", "Moeed W. Yusuf"] },
  { id: "fawad-chaudhry", name: "Fawad Chaudhry", aliases: ["Fawad Chaudhry", "Fawad Chaudhary"] },
  { id: "muhammad-sadiq", name: "Muhammad Sadiq", aliases: ["Mohammad Sadiq", "Muhammad Sadiq"] },
  { id: "asim-iftikhar-ahmad", name: "Asim Iftikhar Ahmad", aliases: ["Asim Iftikhar Ahmad", "Asim Iftikhar"] },
  { id: "munir-akram", name: "Munir Akram", aliases: ["Munir Akram"] },
  { id: "arif-alvi", name: "Arif Alvi", aliases: ["Arif Alvi", "Alvi"] },
  { id: "shehbaz-sharif", name: "Shehbaz Sharif", aliases: ["Shehbaz Sharif", "Shahbaz Sharif"] },
  { id: "nawaz-sharif", name: "Nawaz Sharif", aliases: ["Nawaz Sharif"] },
  { id: "bilawal-bhutto-zardari", name: "Bilawal Bhutto Zardari", aliases: ["Bilawal Bhutto Zardari", "Bilawal Bhutto", "Bilawal"] },
  { id: "narendra-modi", name: "Narendra Modi", aliases: ["Narendra Modi", "Modi"] },
  { id: "subrahmanyam-jaishankar", name: "Subrahmanyam Jaishankar", aliases: ["Subrahmanyam Jaishankar", "S. Jaishankar", "S Jaishankar", "Jaishankar"] },
  { id: "ajit-doval", name: "Ajit Doval", aliases: ["Ajit Doval", "Doval"] },
  { id: "recep-tayyip-erdogan", name: "Recep Tayyip Erdogan", aliases: ["Recep Tayyip Erdogan", "Recep Tayyip Erdo\u011Fan", "Tayyip Erdogan", "Erdogan", "Erdo\u011Fan"] },
  { id: "mevlut-cavusoglu", name: "Mevlut Cavusoglu", aliases: ["Mevlut Cavusoglu", "Mevl\xFCt \xC7avu\u015Fo\u011Flu", "Cavusoglu", "\xC7avu\u015Fo\u011Flu"] },
  { id: "hulusi-akar", name: "Hulusi Akar", aliases: ["Hulusi Akar", "Akar"] },
  { id: "ibrahim-kalin", name: "Ibrahim Kalin", aliases: ["Ibrahim Kalin", "\u0130brahim Kal\u0131n", "Kalin"] },
  { id: "emmanuel-macron", name: "Emmanuel Macron", aliases: ["Emmanuel Macron", "Macron"] },
  { id: "jean-yves-le-drian", name: "Jean-Yves Le Drian", aliases: ["Jean-Yves Le Drian", "Le Drian"] },
  { id: "angela-merkel", name: "Angela Merkel", aliases: ["Angela Merkel", "Merkel"] },
  { id: "olaf-scholz", name: "Olaf Scholz", aliases: ["Olaf Scholz", "Scholz"] },
  { id: "heiko-maas", name: "Heiko Maas", aliases: ["Heiko Maas", "Maas"] },
  { id: "annalena-baerbock", name: "Annalena Baerbock", aliases: ["Annalena Baerbock", "Baerbock"] },
  { id: "annegret-kramp-karrenbauer", name: "Annegret Kramp-Karrenbauer", aliases: ["Annegret Kramp-Karrenbauer", "Kramp-Karrenbauer"] },
  { id: "boris-johnson", name: "Boris Johnson", aliases: ["Boris Johnson", "Johnson"] },
  { id: "dominic-raab", name: "Dominic Raab", aliases: ["Dominic Raab", "Raab"] },
  { id: "liz-truss", name: "Liz Truss", aliases: ["Liz Truss", "Elizabeth Truss", "Truss"] },
  { id: "ben-wallace", name: "Ben Wallace", aliases: ["Ben Wallace", "Wallace"] },
  { id: "priti-patel", name: "Priti Patel", aliases: ["Priti Patel", "Patel"] },
  { id: "nigel-casey", name: "Nigel Casey", aliases: ["Nigel Casey"] },
  { id: "laurie-bristow", name: "Laurie Bristow", aliases: ["Laurie Bristow"] },
  { id: "keir-starmer", name: "Keir Starmer", aliases: ["Keir Starmer", "Starmer"] },
  { id: "tony-blair", name: "Tony Blair", aliases: ["Tony Blair", "Blair"] },
  { id: "mario-draghi", name: "Mario Draghi", aliases: ["Mario Draghi", "Draghi"] },
  { id: "luigi-di-maio", name: "Luigi Di Maio", aliases: ["Luigi Di Maio", "Di Maio"] },
  { id: "pope-francis", name: "Pope Francis", aliases: ["Pope Francis"] },
  { id: "justin-trudeau", name: "Justin Trudeau", aliases: ["Justin Trudeau", "Trudeau"] },
  { id: "marc-garneau", name: "Marc Garneau", aliases: ["Marc Garneau", "Garneau"] },
  { id: "scott-morrison", name: "Scott Morrison", aliases: ["Scott Morrison", "Morrison"] },
  { id: "fumio-kishida", name: "Fumio Kishida", aliases: ["Fumio Kishida", "Kishida"] },
  { id: "yoshihide-suga", name: "Yoshihide Suga", aliases: ["Yoshihide Suga", "Suga"] },
  { id: "toshimitsu-motegi", name: "Toshimitsu Motegi", aliases: ["Toshimitsu Motegi", "Motegi"] },
  { id: "antonio-guterres", name: "Antonio Guterres", aliases: ["Antonio Guterres", "Ant\xF3nio Guterres", "Guterres"] },
  { id: "deborah-lyons", name: "Deborah Lyons", aliases: ["Deborah Lyons", "Lyons"] },
  { id: "martin-griffiths", name: "Martin Griffiths", aliases: ["Martin Griffiths", "Griffiths"] },
  { id: "michelle-bachelet", name: "Michelle Bachelet", aliases: ["Michelle Bachelet", "Bachelet"] },
  { id: "filippo-grandi", name: "Filippo Grandi", aliases: ["Filippo Grandi", "Grandi"] },
  { id: "david-beasley", name: "David Beasley", aliases: ["David Beasley", "Beasley"] },
  { id: "tedros-adhanom-ghebreyesus", name: "Tedros Adhanom Ghebreyesus", aliases: ["Tedros Adhanom Ghebreyesus", "Tedros Adhanom", "Tedros"] },
  { id: "kristalina-georgieva", name: "Kristalina Georgieva", aliases: ["Kristalina Georgieva", "Georgieva"] },
  { id: "david-malpass", name: "David Malpass", aliases: ["David Malpass", "Malpass"] },
  { id: "josep-borrell", name: "Josep Borrell", aliases: ["Josep Borrell", "Borrell"] },
  { id: "ursula-von-der-leyen", name: "Ursula von der Leyen", aliases: ["Ursula von der Leyen", "von der Leyen", "Von der Leyen"] },
  { id: "charles-michel", name: "Charles Michel", aliases: ["Charles Michel"] },
  { id: "jens-stoltenberg", name: "Jens Stoltenberg", aliases: ["Jens Stoltenberg", "Stoltenberg"] },
  { id: "tomas-niklasson", name: "Tomas Niklasson", aliases: ["Tomas Niklasson", "Niklasson"] },
  { id: "ebrahim-raisi", name: "Ebrahim Raisi", aliases: ["Ebrahim Raisi", "Ibrahim Raisi", "Raisi"] },
  { id: "ali-khamenei", name: "Ali Khamenei", aliases: ["Ali Khamenei", "Khamenei"] },
  { id: "hossein-amir-abdollahian", name: "Hossein Amir-Abdollahian", aliases: ["Hossein Amir-Abdollahian", "Hossein Amirabdollahian", "Amir-Abdollahian", "Amirabdollahian"] },
  { id: "hassan-rouhani", name: "Hassan Rouhani", aliases: ["Hassan Rouhani", "Rouhani"] },
  { id: "javad-zarif", name: "Mohammad Javad Zarif", aliases: ["Mohammad Javad Zarif", "Javad Zarif", "Zarif"] },
  { id: "hassan-kazemi-qomi", name: "Hassan Kazemi Qomi", aliases: ["Hassan Kazemi Qomi", "Kazemi Qomi"] },
  { id: "mohammed-bin-salman", name: "Mohammed bin Salman", aliases: ["Mohammed bin Salman", "Mohammad bin Salman", "bin Salman", "MBS"] },
  { id: "faisal-bin-farhan", name: "Faisal bin Farhan", aliases: ["Faisal bin Farhan"] },
  { id: "tamim-bin-hamad-al-thani", name: "Tamim bin Hamad Al Thani", aliases: ["Tamim bin Hamad Al Thani", "Tamim bin Hamad", "Sheikh Tamim"] },
  { id: "mohammed-bin-abdulrahman-al-thani", name: "Mohammed bin Abdulrahman Al Thani", aliases: ["Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al-Thani", "Mohammed bin Abdulrahman"] },
  { id: "mutlaq-al-qahtani", name: "Mutlaq al-Qahtani", aliases: ["Mutlaq al-Qahtani", "Mutlaq bin Majed al-Qahtani", "Qahtani"] },
  { id: "mohamed-bin-zayed", name: "Mohamed bin Zayed", aliases: ["Mohamed bin Zayed", "Mohammed bin Zayed", "MBZ"] },
  { id: "kassym-jomart-tokayev", name: "Kassym-Jomart Tokayev", aliases: ["Kassym-Jomart Tokayev", "Tokayev"] },
  { id: "emomali-rahmon", name: "Emomali Rahmon", aliases: ["Emomali Rahmon", "Rahmon"] },
  { id: "shavkat-mirziyoyev", name: "Shavkat Mirziyoyev", aliases: ["Shavkat Mirziyoyev", "Mirziyoyev"] },
  { id: "abdulaziz-kamilov", name: "Abdulaziz Kamilov", aliases: ["Abdulaziz Kamilov", "Kamilov"] },
  { id: "gurbanguly-berdimuhamedov", name: "Gurbanguly Berdimuhamedov", aliases: ["Gurbanguly Berdimuhamedov", "Berdimuhamedov"] },
  { id: "sadyr-japarov", name: "Sadyr Japarov", aliases: ["Sadyr Japarov", "Japarov"] },
  { id: "alexander-lukashenko", name: "Alexander Lukashenko", aliases: ["Alexander Lukashenko", "Alexander Lukashenka", "Lukashenko"] },
  { id: "volodymyr-zelensky", name: "Volodymyr Zelensky", aliases: ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"] },
  { id: "ilham-aliyev", name: "Ilham Aliyev", aliases: ["Ilham Aliyev", "Aliyev"] },
  { id: "naftali-bennett", name: "Naftali Bennett", aliases: ["Naftali Bennett", "Bennett"] },
  { id: "benjamin-netanyahu", name: "Benjamin Netanyahu", aliases: ["Benjamin Netanyahu", "Netanyahu"] },
  { id: "abdel-fattah-el-sisi", name: "Abdel Fattah el-Sisi", aliases: ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "el-Sisi", "al-Sisi", "Sisi"] },
  { id: "ashraf-ghani", name: "Ashraf Ghani", aliases: ["Ashraf Ghani", "Mohammad Ashraf Ghani", "Ghani"] },
  { id: "hamid-karzai", name: "Hamid Karzai", aliases: ["Hamid Karzai", "Karzai"] },
  { id: "abdullah-abdullah", name: "Abdullah Abdullah", aliases: ["Abdullah Abdullah"] },
  { id: "amrullah-saleh", name: "Amrullah Saleh", aliases: ["Amrullah Saleh", "Saleh"] },
  { id: "ahmad-massoud", name: "Ahmad Massoud", aliases: ["Ahmad Massoud", "Ahmad Shah Massoud", "Massoud"] },
  { id: "hamdullah-mohib", name: "Hamdullah Mohib", aliases: ["Hamdullah Mohib", "Mohib"] },
  { id: "gulbuddin-hekmatyar", name: "Gulbuddin Hekmatyar", aliases: ["Gulbuddin Hekmatyar", "Hekmatyar"] },
  { id: "abdul-rashid-dostum", name: "Abdul Rashid Dostum", aliases: ["Abdul Rashid Dostum", "Rashid Dostum", "Dostum"] },
  { id: "atta-mohammad-noor", name: "Atta Mohammad Noor", aliases: ["Atta Mohammad Noor", "Atta Muhammad Nur", "Atta Noor"] },
  { id: "ismail-khan", name: "Ismail Khan", aliases: ["Ismail Khan"] },
  { id: "hibatullah-akhundzada", name: "Hibatullah Akhundzada", aliases: ["Hibatullah Akhundzada", "Haibatullah Akhundzada", "Hibatullah Akhunzada", "Akhundzada", "Akhunzada", "Hibatullah"] },
  { id: "abdul-ghani-baradar", name: "Abdul Ghani Baradar", aliases: ["Abdul Ghani Baradar", "Baradar"] },
  { id: "mohammad-hassan-akhund", name: "Mohammad Hassan Akhund", aliases: ["Mohammad Hassan Akhund", "Muhammad Hassan Akhund", "Hassan Akhund", "Akhund"] },
  { id: "abdul-salam-hanafi", name: "Abdul Salam Hanafi", aliases: ["Abdul Salam Hanafi", "Hanafi"] },
  { id: "amir-khan-muttaqi", name: "Amir Khan Muttaqi", aliases: ["Amir Khan Muttaqi", "Amir Khan Mottaki", "Muttaqi", "Mottaki"] },
  { id: "zabihullah-mujahid", name: "Zabihullah Mujahid", aliases: ["Zabihullah Mujahid", "Zabiullah Mujahid", "Mujahid"] },
  { id: "suhail-shaheen", name: "Suhail Shaheen", aliases: ["Suhail Shaheen", "Sohail Shaheen", "Shaheen"] },
  { id: "sirajuddin-haqqani", name: "Sirajuddin Haqqani", aliases: ["Sirajuddin Haqqani", "Siraj Haqqani"] },
  { id: "anas-haqqani", name: "Anas Haqqani", aliases: ["Anas Haqqani"] },
  { id: "khalil-haqqani", name: "Khalil Haqqani", aliases: ["Khalil Haqqani", "Khalil ur-Rahman Haqqani", "Khalil-ur-Rahman Haqqani"] },
  { id: "jalaluddin-haqqani", name: "Jalaluddin Haqqani", aliases: ["Jalaluddin Haqqani"] },
  { id: "mullah-yaqoob", name: "Mohammad Yaqoob", aliases: ["Mohammad Yaqoob", "Muhammad Yaqoob", "Yaqoob"] },
  { id: "sher-mohammad-abbas-stanikzai", name: "Sher Mohammad Abbas Stanikzai", aliases: ["Sher Mohammad Abbas Stanikzai", "Abbas Stanikzai", "Stanikzai"] },
  { id: "bilal-karimi", name: "Bilal Karimi", aliases: ["Bilal Karimi"] },
  { id: "abdul-qahar-balkhi", name: "Abdul Qahar Balkhi", aliases: ["Abdul Qahar Balkhi", "Balkhi"] },
  { id: "mohammad-naeem", name: "Mohammad Naeem", aliases: ["Mohammad Naeem", "Muhammad Naeem"] },
  { id: "inamullah-samangani", name: "Inamullah Samangani", aliases: ["Inamullah Samangani", "Samangani"] },
  { id: "mullah-omar", name: "Mullah Omar", aliases: ["Mullah Mohammed Omar", "Mullah Omar"] },
  { id: "osama-bin-laden", name: "Osama bin Laden", aliases: ["Osama bin Laden", "Usama bin Laden", "bin Laden", "Bin Laden"] },
  { id: "ayman-al-zawahiri", name: "Ayman al-Zawahiri", aliases: ["Ayman al-Zawahiri", "Ayman al-Zawahri", "al-Zawahiri", "Zawahiri", "Zawahri"] },
  { id: "abu-bakr-al-baghdadi", name: "Abu Bakr al-Baghdadi", aliases: ["Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi"] },
  { id: "shahab-al-muhajir", name: "Shahab al-Muhajir", aliases: ["Shahab al-Muhajir", "Sanaullah Ghafari"] },
  { id: "noor-wali-mehsud", name: "Noor Wali Mehsud", aliases: ["Noor Wali Mehsud"] }
];

// src/core/data/places.json
var places_default = [
  { id: "kabul-airport", name: "Kabul airport", aliases: ["Kabul airport", "Kabul Airport", "Kabul International Airport", "Kabul's airport", "Hamid Karzai International Airport", "Hamid Karzai airport", "HKIA"] },
  { id: "bagram", name: "Bagram", aliases: ["Bagram", "Bagram Air Base", "Bagram air base", "Bagram Airfield", "Bagram airbase"] },
  { id: "kandahar", name: "Kandahar", aliases: ["Kandahar"] },
  { id: "herat", name: "Herat", aliases: ["Herat"] },
  { id: "mazar-i-sharif", name: "Mazar-i-Sharif", aliases: ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazar"] },
  { id: "jalalabad", name: "Jalalabad", aliases: ["Jalalabad"] },
  { id: "kunduz", name: "Kunduz", aliases: ["Kunduz"] },
  { id: "ghazni", name: "Ghazni", aliases: ["Ghazni"] },
  { id: "bamiyan", name: "Bamiyan", aliases: ["Bamiyan", "Bamyan"] },
  { id: "helmand", name: "Helmand", aliases: ["Helmand"] },
  { id: "lashkar-gah", name: "Lashkar Gah", aliases: ["Lashkar Gah"] },
  { id: "panjshir", name: "Panjshir", aliases: ["Panjshir", "Panjshir Valley", "Panjshir valley", "Panjsher"] },
  { id: "balkh", name: "Balkh", aliases: ["Balkh"] },
  { id: "nangarhar", name: "Nangarhar", aliases: ["Nangarhar"] },
  { id: "badakhshan", name: "Badakhshan", aliases: ["Badakhshan"] },
  { id: "kunar", name: "Kunar", aliases: ["Kunar"] },
  { id: "paktia", name: "Paktia", aliases: ["Paktia"] },
  { id: "paktika", name: "Paktika", aliases: ["Paktika"] },
  { id: "khost", name: "Khost", aliases: ["Khost"] },
  { id: "logar", name: "Logar", aliases: ["Logar"] },
  { id: "wardak", name: "Wardak", aliases: ["Wardak"] },
  { id: "parwan", name: "Parwan", aliases: ["Parwan"] },
  { id: "baghlan", name: "Baghlan", aliases: ["Baghlan"] },
  { id: "takhar", name: "Takhar", aliases: ["Takhar"] },
  { id: "faryab", name: "Faryab", aliases: ["Faryab"] },
  { id: "uruzgan", name: "Uruzgan", aliases: ["Uruzgan", "Oruzgan"] },
  { id: "zabul", name: "Zabul", aliases: ["Zabul"] },
  { id: "farah", name: "Farah", aliases: ["Farah"] },
  { id: "nimroz", name: "Nimroz", aliases: ["Nimroz"] },
  { id: "torkham", name: "Torkham", aliases: ["Torkham"] },
  { id: "spin-boldak", name: "Spin Boldak", aliases: ["Spin Boldak"] },
  { id: "chaman", name: "Chaman", aliases: ["Chaman"] },
  { id: "wakhan-corridor", name: "Wakhan Corridor", aliases: ["Wakhan Corridor", "Wakhan"] },
  { id: "hindu-kush", name: "Hindu Kush", aliases: ["Hindu Kush"] },
  { id: "durand-line", name: "Durand Line", aliases: ["Durand Line"] },
  { id: "karachi", name: "Karachi", aliases: ["Karachi"] },
  { id: "lahore", name: "Lahore", aliases: ["Lahore"] },
  { id: "peshawar", name: "Peshawar", aliases: ["Peshawar"] },
  { id: "quetta", name: "Quetta", aliases: ["Quetta"] },
  { id: "rawalpindi", name: "Rawalpindi", aliases: ["Rawalpindi"] },
  { id: "khyber-pakhtunkhwa", name: "Khyber Pakhtunkhwa", aliases: ["Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa"] },
  { id: "balochistan", name: "Balochistan", aliases: ["Balochistan", "Baluchistan"] },
  { id: "waziristan", name: "Waziristan", aliases: ["Waziristan", "North Waziristan", "South Waziristan"] },
  { id: "gwadar", name: "Gwadar", aliases: ["Gwadar"] },
  { id: "kashmir", name: "Kashmir", aliases: ["Kashmir", "Jammu and Kashmir"] },
  { id: "mumbai", name: "Mumbai", aliases: ["Mumbai"] },
  { id: "termez", name: "Termez", aliases: ["Termez"] },
  { id: "samarkand", name: "Samarkand", aliases: ["Samarkand"] },
  { id: "almaty", name: "Almaty", aliases: ["Almaty"] },
  { id: "dubai", name: "Dubai", aliases: ["Dubai"] },
  { id: "jeddah", name: "Jeddah", aliases: ["Jeddah"] },
  { id: "mecca", name: "Mecca", aliases: ["Mecca"] },
  { id: "istanbul", name: "Istanbul", aliases: ["Istanbul"] },
  { id: "antalya", name: "Antalya", aliases: ["Antalya"] },
  { id: "mashhad", name: "Mashhad", aliases: ["Mashhad"] },
  { id: "mosul", name: "Mosul", aliases: ["Mosul"] },
  { id: "aleppo", name: "Aleppo", aliases: ["Aleppo"] },
  { id: "idlib", name: "Idlib", aliases: ["Idlib"] },
  { id: "gaza", name: "Gaza", aliases: ["Gaza", "Gaza Strip"] },
  { id: "west-bank", name: "West Bank", aliases: ["West Bank"] },
  { id: "tel-aviv", name: "Tel Aviv", aliases: ["Tel Aviv"] },
  { id: "geneva", name: "Geneva", aliases: ["Geneva"] },
  { id: "new-york", name: "New York", aliases: ["New York", "New York City", "NYC"] },
  { id: "los-angeles", name: "Los Angeles", aliases: ["Los Angeles"] },
  { id: "chicago", name: "Chicago", aliases: ["Chicago"] },
  { id: "san-francisco", name: "San Francisco", aliases: ["San Francisco"] },
  { id: "virginia", name: "Virginia", aliases: ["Virginia"] },
  { id: "texas", name: "Texas", aliases: ["Texas"] },
  { id: "california", name: "California", aliases: ["California"] },
  { id: "fort-bragg", name: "Fort Bragg", aliases: ["Fort Bragg"] },
  { id: "ramstein", name: "Ramstein", aliases: ["Ramstein", "Ramstein Air Base"] },
  { id: "munich", name: "Munich", aliases: ["Munich"] },
  { id: "frankfurt", name: "Frankfurt", aliases: ["Frankfurt"] },
  { id: "hamburg", name: "Hamburg", aliases: ["Hamburg"] },
  { id: "milan", name: "Milan", aliases: ["Milan"] },
  { id: "glasgow", name: "Glasgow", aliases: ["Glasgow"] },
  { id: "the-hague", name: "The Hague", aliases: ["The Hague"] },
  { id: "st-petersburg", name: "St Petersburg", aliases: ["St Petersburg", "St. Petersburg", "Saint Petersburg"] },
  { id: "sochi", name: "Sochi", aliases: ["Sochi"] },
  { id: "kazan", name: "Kazan", aliases: ["Kazan"] },
  { id: "vladivostok", name: "Vladivostok", aliases: ["Vladivostok"] },
  { id: "shanghai", name: "Shanghai", aliases: ["Shanghai"] },
  { id: "hong-kong", name: "Hong Kong", aliases: ["Hong Kong"] },
  { id: "wuhan", name: "Wuhan", aliases: ["Wuhan"] },
  { id: "tianjin", name: "Tianjin", aliases: ["Tianjin"] },
  { id: "xinjiang", name: "Xinjiang", aliases: ["Xinjiang"] },
  { id: "tibet", name: "Tibet", aliases: ["Tibet"] },
  { id: "crimea", name: "Crimea", aliases: ["Crimea"] },
  { id: "donbas", name: "Donbas", aliases: ["Donbas", "Donbass"] },
  { id: "siberia", name: "Siberia", aliases: ["Siberia"] },
  { id: "chechnya", name: "Chechnya", aliases: ["Chechnya"] },
  { id: "england", name: "England", aliases: ["England"] },
  { id: "scotland", name: "Scotland", aliases: ["Scotland"] },
  { id: "wales", name: "Wales", aliases: ["Wales"] },
  { id: "northern-ireland", name: "Northern Ireland", aliases: ["Northern Ireland"] },
  { id: "caucasus", name: "Caucasus", aliases: ["Caucasus", "North Caucasus", "South Caucasus"] },
  { id: "central-asia", name: "Central Asia", aliases: ["Central Asia"] },
  { id: "south-asia", name: "South Asia", aliases: ["South Asia"] },
  { id: "southeast-asia", name: "Southeast Asia", aliases: ["Southeast Asia", "South-East Asia", "South East Asia"] },
  { id: "east-asia", name: "East Asia", aliases: ["East Asia"] },
  { id: "middle-east", name: "Middle East", aliases: ["Middle East"] },
  { id: "gulf", name: "Gulf", aliases: ["Gulf", "Persian Gulf", "Arabian Gulf"] },
  { id: "balkans", name: "Balkans", aliases: ["Balkans"] },
  { id: "europe", name: "Europe", aliases: ["Europe"] },
  { id: "asia", name: "Asia", aliases: ["Asia"] },
  { id: "africa", name: "Africa", aliases: ["Africa"] },
  { id: "north-africa", name: "North Africa", aliases: ["North Africa"] },
  { id: "latin-america", name: "Latin America", aliases: ["Latin America"] },
  { id: "eurasia", name: "Eurasia", aliases: ["Eurasia"] },
  { id: "indo-pacific", name: "Indo-Pacific", aliases: ["Indo-Pacific"] },
  { id: "asia-pacific", name: "Asia-Pacific", aliases: ["Asia-Pacific", "Asia Pacific"] },
  { id: "horn-of-africa", name: "Horn of Africa", aliases: ["Horn of Africa"] },
  { id: "sahel", name: "Sahel", aliases: ["Sahel"] },
  { id: "levant", name: "Levant", aliases: ["Levant"] },
  { id: "arctic", name: "Arctic", aliases: ["Arctic"] },
  { id: "mediterranean", name: "Mediterranean", aliases: ["Mediterranean", "Mediterranean Sea"] },
  { id: "black-sea", name: "Black Sea", aliases: ["Black Sea"] },
  { id: "caspian-sea", name: "Caspian Sea", aliases: ["Caspian Sea", "Caspian"] },
  { id: "arabian-sea", name: "Arabian Sea", aliases: ["Arabian Sea"] },
  { id: "amu-darya", name: "Amu Darya", aliases: ["Amu Darya"] },
  { id: "fergana-valley", name: "Fergana Valley", aliases: ["Fergana Valley", "Ferghana Valley"] },
  { id: "scandinavia", name: "Scandinavia", aliases: ["Scandinavia"] }
];

// src/core/data/titles.json
var titles_default = {
  prefixes: ["Deputy", "First Deputy", "Acting", "Vice", "Former", "Interim", "Caretaker", "Outgoing", "Senior", "Assistant", "Under", "Permanent", "Chief", "Special", "Top", "Then"],
  fields: ["Foreign", "External Affairs", "Treasury", "Agriculture", "Labour", "Labor", "Transport", "Planning", "Water", "Mines", "Commerce and Industry", "Defence", "Defense", "Interior", "Home", "Finance", "Economy", "Economic", "Trade", "Commerce", "Health", "Education", "Information", "Culture", "Justice", "Energy", "Refugees", "Refugee", "Women's Affairs", "Higher Education", "Public Health", "Intelligence", "Military", "Army", "Navy", "Air Force", "Police", "Security", "Government", "Foreign Ministry", "Defence Ministry", "Defense Ministry", "Interior Ministry", "Ministry", "Pentagon", "State Department", "White House", "Kremlin", "Taliban", "UN", "EU", "NATO", "Press", "Cabinet", "Presidential", "Military Intelligence"],
  titles: [
    "President",
    "President-elect",
    "Vice President",
    "Prime Minister",
    "Premier",
    "Minister",
    "Minister of State",
    "Minister of Foreign Affairs",
    "Ministers",
    "Secretary",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Under Secretary",
    "Undersecretary",
    "Under Secretary of State",
    "Foreign Secretary",
    "Home Secretary",
    "Defence Secretary",
    "Defense Secretary",
    "Press Secretary",
    "Cabinet Secretary",
    "National Security Adviser",
    "National Security Advisor",
    "Security Adviser",
    "Adviser",
    "Advisor",
    "Envoy",
    "Special Envoy",
    "Special Representative",
    "Representative",
    "Permanent Representative",
    "High Representative",
    "Ambassador",
    "Ambassador-at-Large",
    "Charge d'Affaires",
    "Charg\xE9 d'Affaires",
    "Consul",
    "Consul General",
    "Diplomat",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Spokesmen",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Crown Prince",
    "Emir",
    "Amir",
    "Sultan",
    "Sheikh",
    "Shaikh",
    "Senator",
    "Sen.",
    "Rep.",
    "Congressman",
    "Congresswoman",
    "Lawmaker",
    "MP",
    "Governor",
    "Gov.",
    "Governor-General",
    "Mayor",
    "General",
    "Gen.",
    "Lt. Gen.",
    "Lt Gen",
    "Lieutenant General",
    "Maj. Gen.",
    "Major General",
    "Brig. Gen.",
    "Brigadier General",
    "Colonel",
    "Col.",
    "Lt. Col.",
    "Major",
    "Maj.",
    "Captain",
    "Capt.",
    "Admiral",
    "Adm.",
    "Vice Admiral",
    "Marshal",
    "Field Marshal",
    "Commander",
    "Commander-in-Chief",
    "Army Chief",
    "Chief of Army Staff",
    "Chief of Staff",
    "Chairman of the Joint Chiefs of Staff",
    "Joint Chiefs Chairman",
    "Director",
    "Director-General",
    "Director General",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chief Executive",
    "CEO",
    "Head",
    "Leader",
    "Supreme Leader",
    "Founder",
    "Co-founder",
    "Ayatollah",
    "Pope",
    "Mullah",
    "Maulvi",
    "Mawlawi",
    "Maulana",
    "Mufti",
    "Imam",
    "Qari",
    "Haji",
    "Hajji",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Sir",
    "Lord",
    "Dame",
    "Prof.",
    "Professor",
    "Judge",
    "Justice",
    "Chief Justice",
    "Speaker",
    "Commissioner",
    "High Commissioner",
    "Coordinator",
    "Official",
    "Chief",
    "Spy Chief",
    "spy chief",
    "Negotiator",
    "Chief Negotiator",
    "Lead Negotiator",
    "Deputy",
    "Mr President"
  ]
};

// src/core/data/lexicon.json
var lexicon_default = {
  nameConnectors: ["bin", "ibn", "al", "el", "de", "del", "della", "da", "di", "do", "dos", "van", "von", "der", "den", "du", "le", "la", "ul", "ur", "ud", "e", "i", "y"],
  commonWords: ["The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Hers", "Him", "Them", "Their", "Our", "Its", "My", "Your", "Us", "Me", "Who", "Whom", "Whose", "Which", "What", "Why", "How", "When", "Where", "Whether", "In", "On", "At", "By", "For", "From", "With", "Without", "Within", "After", "Before", "During", "Since", "Until", "Till", "As", "If", "Unless", "While", "Whilst", "But", "And", "Or", "Nor", "So", "Yet", "Also", "However", "Meanwhile", "Moreover", "Furthermore", "Although", "Though", "Despite", "Because", "Both", "Either", "Neither", "Each", "Every", "All", "Some", "Many", "Most", "Much", "More", "Less", "Few", "Several", "Such", "Other", "Others", "Another", "Any", "No", "Not", "Yes", "There", "Here", "Then", "Now", "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second", "Third", "Final", "New", "Old", "Former", "Latest", "Early", "Late", "Later", "Earlier", "Over", "Under", "Into", "Onto", "About", "Above", "Below", "Among", "Amid", "Amidst", "Against", "Across", "Along", "Around", "Behind", "Beyond", "Through", "Throughout", "Toward", "Towards", "Upon", "Via", "Per", "Of", "To", "Up", "Down", "Out", "Off", "Just", "Only", "Even", "Still", "Already", "Again", "Instead", "Indeed", "Perhaps", "Thus", "Hence", "Therefore", "Once", "Twice", "Ever", "Never", "Always", "Often", "Sometimes", "Prior", "Following", "According", "Asked", "Speaking", "Addressing", "Overcoming", "Read", "Share", "Story", "Related", "Advertisement", "Photo", "Photos", "Image", "Images", "Video", "Videos", "Source", "Sources", "Click", "Follow", "Subscribe", "Comment", "Comments", "Updated", "Published", "Breaking", "News", "Watch", "Listen", "Editor", "Editors", "Note", "Opinion", "Analysis", "Explainer", "Live", "Update", "Report", "Reports", "Top", "Home", "Most", "Popular", "Trending", "Sign", "Login", "Copyright", "Rights", "Reserved", "Print", "Email", "Tweet", "Like", "Save", "Menu", "Search", "Page", "Next Story", "Ten", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Hundreds", "Thousands", "Millions", "Dozens", "Parties", "Participants", "Officials", "Leaders", "Countries", "Nations", "Government", "Governments", "State", "States", "Republic", "Kingdom", "Ministers", "Minister", "Council", "Group", "People", "Women", "Men", "Children", "Girls", "Security", "Peace", "War", "Terror", "Terrorism", "Human", "Crisis", "Aid", "Humanitarian", "Covid", "Covid-19", "COVID", "COVID-19", "Coronavirus", "Omicron", "Eid", "Ramadan", "Islam", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Hindu", "Hindus", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite", "Pashtun", "Pashtuns", "Tajiks", "Hazara", "Hazaras", "Uzbeks", "Turkmens", "Baloch", "Baluch", "Uyghur", "Uighur", "Uyghurs", "Uighurs", "Kurd", "Kurds", "Kurdish", "Arab", "Arabs", "Arabic", "Persian", "Pashto", "Dari", "Urdu", "English", "Western", "Westerners", "West", "East", "North", "South", "European", "Europeans", "Asian", "Asians", "African", "Africans", "Latin", "Islamist", "Islamists", "Islamic", "Jihadist", "Jihadists", "Jihadi", "Soviet", "Soviets", "Communist", "Communists", "God", "Allah", "Prophet", "Internet", "Twitter", "Facebook", "YouTube", "WhatsApp", "Instagram", "Telegram", "TikTok", "Google", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "AM", "PM", "GMT", "UTC", "OK", "TV", "PDF", "CEO", "Mr", "Mrs", "Ms", "Dr", "Sir", "Please", "Thank", "Thanks", "Dear", "Hello", "Yes", "Oh", "Well", "Let", "Let's"],
  orgHeads: ["Ministry", "Council", "Committee", "Commission", "Agency", "Organization", "Organisation", "Office", "Department", "Bank", "Fund", "Union", "Association", "Assembly", "Parliament", "Senate", "Court", "Authority", "Institute", "Foundation", "University", "Programme", "Program", "Service", "Services", "Corps", "Police", "Army", "Navy", "Forces", "Administration", "Embassy", "Consulate", "Mission", "Secretariat", "Directorate", "Bureau", "Board", "Coalition", "Alliance", "Federation", "Center", "Centre", "Cabinet", "Jirga", "Shura", "Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Press", "Radio", "Television", "TV"],
  groupHeads: ["Front", "Movement", "Network", "Brigade", "Brigades", "Militia", "Party", "Emirate", "Mujahideen", "Liberation"],
  metonymyVerbs: ["said", "says", "say", "sees", "saw", "see", "views", "viewed", "view", "deserves", "deserved", "wants", "wanted", "want", "has", "have", "had", "will", "would", "should", "must", "can", "could", "may", "might", "shall", "is", "was", "are", "were", "does", "did", "do", "believes", "believed", "insists", "insisted", "hopes", "hoped", "fears", "feared", "announced", "announces", "accused", "accuses", "warned", "warns", "urged", "urges", "called", "calls", "demanded", "demands", "rejected", "rejects", "refused", "refuses", "agreed", "agrees", "pressed", "presses", "pushed", "pushes", "sought", "seeks", "needs", "needed", "expects", "expected", "plans", "planned", "considers", "considered", "regards", "regarded", "denied", "denies", "claims", "claimed", "welcomed", "welcomes", "condemned", "condemns", "supports", "supported", "backed", "backs", "recognised", "recognized", "recognises", "recognizes", "hosted", "hosts", "offered", "offers", "pledged", "pledges", "promised", "promises", "provided", "provides", "sent", "sends", "signed", "signs", "imposed", "imposes", "froze", "freezes", "blocked", "blocks", "opposed", "opposes", "criticised", "criticized", "criticises", "criticizes", "blamed", "blames", "responded", "responds", "reacted", "reacts", "stressed", "stresses", "emphasised", "emphasized", "maintains", "maintained", "argues", "argued", "appears", "appeared", "seems", "seemed", "continues", "continued", "remains", "remained", "intends", "intended", "aims", "aimed", "tried", "tries", "worries", "worried", "suspects", "suspected", "fears", "knows", "knew", "thinks", "thought", "feels", "felt", "insist", "hope", "fear", "believe", "committed", "commits", "decided", "decides", "chose", "chooses", "moved", "moves", "helped", "helps", "launched", "launches", "ordered", "orders", "allowed", "allows", "asked", "asks", "told", "tells", "informed", "engaged", "engages", "reached", "reaches", "evacuated", "evacuates", "withdrew", "withdraws", "invited", "invites", "approved", "approves", "allocated", "allocates", "donated", "donates", "granted", "grants", "announce", "declined", "declines", "rebuffed", "dismissed", "dismisses", "confirmed", "confirms", "reiterated", "reiterates", "prefers", "preferred", "deems", "deemed", "wishes", "wished", "worked", "works", "cooperated", "cooperates", "shares", "shared", "played", "plays", "needs", "lobbied", "lobbies", "quietly", "also", "already", "still", "now", "reportedly", "publicly", "privately", "has been", "would be"],
  copulaPredicates: ["said", "expected", "believed", "thought", "reported", "ready", "willing", "unwilling", "concerned", "worried", "keen", "likely", "unlikely", "reluctant", "not", "also", "still", "now", "trying", "seeking", "pushing", "pressing", "working", "looking", "prepared", "determined", "committed", "open", "eager", "wary", "cautious", "critical", "aware", "right", "wrong", "responsible", "hoping", "planning", "considering", "unhappy", "happy", "satisfied", "dissatisfied", "angry", "furious", "alarmed", "interested", "opposed", "against", "in favour", "in favor", "believed", "understood", "set", "due", "going", "engaged", "involved", "unable", "able", "convinced"],
  placeNouns: ["airport", "streets", "street", "residents", "outskirts", "mayor", "population", "city", "neighbourhoods", "neighborhoods", "suburbs", "centre", "center", "hospitals", "hospital", "university", "markets", "market", "skyline", "fall", "districts", "district", "embassy", "embassies", "airfield", "roads", "gates", "citizens", "people", "inhabitants", "police", "stock"],
  metonymyPreceders: ["with", "against", "toward", "towards", "between"],
  demonymBlockers: ["ethnic", "Ethnic"],
  capitalRegents: { Brussels: "european-union" }
};

// src/core/knowledge.ts
var Lexicon = class {
  constructor(actors, entries) {
    this.actors = actors;
    for (const [alias, surface] of entries) this.add(alias, surface);
    for (const t of titles_default.titles) this.addTitle(t, 3);
    for (const p of titles_default.prefixes) this.addTitle(p, 1);
    for (const f of titles_default.fields) this.addTitle(f, 2);
    this.commonWords = new Set(lexicon_default.commonWords);
    this.nameConnectors = new Set(lexicon_default.nameConnectors);
    this.orgHeads = new Set(lexicon_default.orgHeads);
    this.groupHeads = new Set(lexicon_default.groupHeads);
    this.metonymyVerbs = new Set(lexicon_default.metonymyVerbs);
    this.copulaPredicates = new Set(lexicon_default.copulaPredicates);
    this.placeNouns = new Set(lexicon_default.placeNouns);
    this.metonymyPreceders = new Set(lexicon_default.metonymyPreceders);
    this.demonymBlockers = new Set(lexicon_default.demonymBlockers);
  }
  exact = /* @__PURE__ */ new Map();
  folded = /* @__PURE__ */ new Map();
  titleForms = /* @__PURE__ */ new Map();
  /** Every alias and every leading run of its tokens, lower-cased ("the", "the new", "the new york times"). */
  prefixes = /* @__PURE__ */ new Set();
  /** First words of aliases written in lower case ("al" of "al-Qaeda"): the only lower-case words matching starts at. */
  lowerFirstWords = /* @__PURE__ */ new Set();
  titleFirstWords = /* @__PURE__ */ new Map();
  commonWords;
  nameConnectors;
  orgHeads;
  groupHeads;
  metonymyVerbs;
  copulaPredicates;
  placeNouns;
  metonymyPreceders;
  demonymBlockers;
  add(alias, surface) {
    const key = normalizeSurface(alias);
    if (!this.exact.has(key)) this.exact.set(key, surface);
    const lower = key.toLowerCase();
    if (key !== key.toUpperCase()) {
      if (!this.folded.has(lower)) this.folded.set(lower, surface);
    }
    const toks = tokenize(lower, 0, lower.length);
    for (const t of toks) this.prefixes.add(lower.slice(0, t.end));
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122 && toks.length) this.lowerFirstWords.add(key.slice(0, toks[0].end));
  }
  /** Whether an alias written in lower case starts with this word. */
  startsLowerCaseAlias(word) {
    return this.lowerFirstWords.has(word);
  }
  /** Title parts: 1 = prefix ("Deputy"), 2 = field ("Foreign"), 3 = title ("Minister"). Case-insensitive. */
  addTitle(form, part) {
    const key = normalizeSurface(form).toLowerCase();
    this.titleForms.set(key, Math.max(this.titleForms.get(key) ?? 0, part));
    noteFirstWord(this.titleFirstWords, key);
  }
  /** Whether some alias starts with these words (lower-cased, normalized): matching may go on. */
  isPrefix(lowerCaseSurface) {
    return this.prefixes.has(lowerCaseSurface);
  }
  maxTitleTokensFrom(word) {
    return this.titleFirstWords.get(word.toLowerCase()) ?? 0;
  }
  /** The entry for a surface form as written in text, or undefined. */
  lookup(surface, lowerCase = normalizeSurface(surface).toLowerCase()) {
    const key = normalizeSurface(surface);
    const hit = this.exact.get(key);
    if (hit) return hit;
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) return void 0;
    return this.folded.get(lowerCase);
  }
  /** 1 prefix, 2 field, 3 title, 0 not a title part. */
  titlePart(surface) {
    return this.titleForms.get(normalizeSurface(surface).toLowerCase()) ?? 0;
  }
};
function noteFirstWord(map, key) {
  const toks = tokenize(key, 0, key.length);
  if (toks.length === 0) return;
  const first = key.slice(toks[0].start, toks[0].end).toLowerCase();
  map.set(first, Math.max(map.get(first) ?? 0, toks.length));
}
var KnowledgeBase = class _KnowledgeBase {
  static instance;
  byId = /* @__PURE__ */ new Map();
  lexiconCache;
  /** The data files' knowledge base, built on first use and shared. */
  static default() {
    return _KnowledgeBase.instance ??= new _KnowledgeBase();
  }
  constructor() {
    const put = (a) => {
      if (!this.byId.has(a.id)) this.byId.set(a.id, a);
    };
    for (const s of states_default) put({ id: s.id, name: s.name, kind: "state", aliases: [...s.aliases, ...s.demonyms], source: "states.json" });
    for (const g of groups_default) put({ ...g, kind: "group", source: "groups.json" });
    for (const b of bodies_default.bodies) put({ ...b, kind: "organization", source: "bodies.json" });
    for (const o of bodies_default.outlets) put({ ...o, kind: "organization", source: "bodies.json" });
    for (const p of people_default) put({ ...p, kind: "person", source: "people.json" });
    for (const p of places_default) put({ ...p, kind: "place", source: "places.json" });
    for (const s of states_default) {
      for (const c of [s.capital, ...s.capitalAliases ?? []]) put({ id: slug(s.capital), name: s.capital, kind: "place", aliases: [c], source: "states.json" });
    }
  }
  get(id) {
    return this.byId.get(id);
  }
  all() {
    return this.byId.values();
  }
  /** Surface-form lookups for the extractor, built once. */
  get lexicon() {
    return this.lexiconCache ??= this.buildLexicon();
  }
  buildLexicon() {
    const entries = [];
    const actor = (id) => this.byId.get(id);
    for (const s of states_default) for (const a of s.aliases) entries.push([a, { role: "name", actor: actor(s.id) }]);
    const named = [...groups_default, ...bodies_default.bodies, ...bodies_default.outlets, ...people_default];
    for (const r of named) for (const a of r.aliases) entries.push([a, { role: "name", actor: actor(r.id) }]);
    for (const s of states_default) for (const d of s.demonyms) entries.push([d, { role: "demonym", state: actor(s.id) }]);
    const regents = lexicon_default.capitalRegents;
    for (const s of states_default) {
      const place = actor(slug(s.capital));
      const regent = regents[s.capital] ? actor(regents[s.capital]) : void 0;
      for (const c of [s.capital, ...s.capitalAliases ?? []]) entries.push([c, { role: "capital", state: actor(s.id), place, regent }]);
    }
    for (const p of places_default) for (const a of p.aliases) entries.push([a, { role: "name", actor: actor(p.id) }]);
    for (const i of bodies_default.institutions) for (const a of i.aliases) entries.push([a, { role: "institution", name: i.name, id: slug(i.name) }]);
    return new Lexicon(this.byId, entries);
  }
};

// src/node/files.ts
var fs = __toESM(require("fs"));

// src/core/decode.ts
var DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
function tooLarge(size, maxBytes) {
  return { ok: false, reason: `too large to analyse (${formatBytes(size)}, limit ${formatBytes(maxBytes)}; see the dossier.maxArticleSize setting)` };
}
function decodeArticle(bytes, maxBytes = DEFAULT_MAX_ARTICLE_BYTES) {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const le = bytes[0] === 255;
    return { ok: true, text: new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes.subarray(2)), note: `decoded as UTF-16${le ? "LE" : "BE"}` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary file (contains NUL or control bytes)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes), note: "invalid UTF-8 replaced with U+FFFD" };
  }
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || b > 13 && b < 32 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// src/node/files.ts
function readArticleFile(file, maxBytes = DEFAULT_MAX_ARTICLE_BYTES) {
  let bytes;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return tooLarge(size, maxBytes);
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: `unreadable: ${e.message}` };
  }
  return decodeArticle(bytes, maxBytes);
}

// src/core/article.ts
var HEADER = /^(\uFEFF?)(\s*)date (\d{4})-(\d{2})-(\d{2})/;
function parseArticle(name, text) {
  let header = null;
  let docDate = null;
  const m = HEADER.exec(text);
  if (m && isCalendarDay(+m[3], +m[4], +m[5])) {
    header = { start: m[1].length + m[2].length, end: m[0].length };
    docDate = `${m[3]}-${m[4]}-${m[5]}`;
  }
  const bodyStart = header ? header.end : text.startsWith("\uFEFF") ? 1 : 0;
  const paragraphs = splitParagraphs(text, bodyStart);
  const sentences = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p)) sentences.push({ ...s, paragraph: p.index });
  }
  return { name, text, docDate, header, paragraphs, sentences };
}
function isCalendarDay(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
function splitParagraphs(text, from) {
  const out = [];
  const blank = /(?:\r?\n|\r)[ \t\u00a0]*(?:\r?\n|\r)\s*/g;
  blank.lastIndex = from;
  let start = from;
  const push = (s, e) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out.flatMap((p) => splitLines(text, p)).map((p, index) => ({ ...p, index }));
}
function splitLines(text, p) {
  const out = [];
  const nl = /\r?\n|\r/g;
  nl.lastIndex = p.start;
  let start = p.start;
  for (let m = nl.exec(text); m && m.index < p.end; m = nl.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, p.end, out);
  return out;
}
function pushTrimmed(text, s, e, out) {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, index: out.length });
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 65279;
}
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "sen",
  "rep",
  "gov",
  "pres",
  "st",
  "jr",
  "sr",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "mt",
  "ft",
  "approx",
  "dept",
  "est",
  "fig"
]);
function splitSentences(text, within) {
  const out = [];
  const end = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  end.lastIndex = within.start;
  let start = within.start;
  for (let m = end.exec(text); m && m.index < within.end; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > within.end) break;
    if (m[0][0] === "." && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    out.push({ start, end: stop });
    start = stop;
    while (start < within.end && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}
function isAbbreviation(text, dot) {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

// src/core/actors/candidate.ts
function tokenText(scan2, i) {
  const t = scan2.tokens[i];
  return scan2.text.slice(t.start, t.end);
}

// src/core/actors/capitalMetonymy.ts
var COPULAS = /* @__PURE__ */ new Set(["is", "was", "are", "were"]);
var PERFECT = /* @__PURE__ */ new Set(["has", "have", "had"]);
var COORDINATORS = /* @__PURE__ */ new Set(["and", "or", ","]);
function resolveCapitals(scan2) {
  const caps = scan2.candidates.filter((c) => c.via === "capital");
  if (caps.length === 0) return;
  const acting = /* @__PURE__ */ new Set();
  for (const c of caps) if (acts(scan2, c)) acting.add(c);
  for (const group of coordinations(scan2)) {
    const members = group.filter((c) => c.via === "capital" || c.kind === "state");
    if (members.length < 2) continue;
    const first = members[0];
    const last = members[members.length - 1];
    const between = first.first > 0 && wordAt(scan2, first.first - 1) === "between";
    if (between || members.some((c) => acting.has(c)) || verbFollows(scan2, last.last)) {
      for (const c of members) if (c.via === "capital") acting.add(c);
    }
  }
  for (const c of acting) {
    if (!c.actsAs) continue;
    c.id = c.actsAs.id;
    c.kind = c.actsAs.kind;
  }
}
function wordAt(scan2, i) {
  const t = scan2.tokens[i];
  return t ? scan2.text.slice(t.start, t.end).toLowerCase() : void 0;
}
function acts(scan2, c) {
  const prev = c.first > 0 ? wordAt(scan2, c.first - 1) : void 0;
  if (prev === "capital" || prev === "city") return false;
  if (prev && scan2.lex.metonymyPreceders.has(prev) && prev !== "between") return true;
  const possessive = possessiveEnd(scan2, c.last);
  if (possessive) {
    const noun = wordAt(scan2, possessive);
    return !noun || !scan2.lex.placeNouns.has(noun);
  }
  return verbFollows(scan2, c.last);
}
function possessiveEnd(scan2, i) {
  const t = scan2.tokens[i];
  if (!t || t.word || t.start !== scan2.tokens[i - 1].end) return 0;
  const ch = scan2.text[t.start];
  if (ch !== "'" && ch !== "\u2019") return 0;
  const s = scan2.tokens[i + 1];
  if (s && s.start === t.end && (scan2.text[s.start] === "s" || scan2.text[s.start] === "S") && s.end === s.start + 1) return i + 2;
  return i + 1;
}
function verbFollows(scan2, i) {
  let k = i;
  while (scan2.tokens[k]?.word && isAdverb(scan2, k)) k++;
  const w = scan2.tokens[k]?.word ? wordAt(scan2, k) : void 0;
  if (!w || scan2.tokens[k].cap) return false;
  if (COPULAS.has(w) || PERFECT.has(w) && wordAt(scan2, k + 1) === "been") {
    let p = COPULAS.has(w) ? k + 1 : k + 2;
    while (scan2.tokens[p]?.word && isAdverb(scan2, p)) p++;
    const pred = wordAt(scan2, p);
    return !!pred && scan2.lex.copulaPredicates.has(pred);
  }
  return scan2.lex.metonymyVerbs.has(w);
}
function isAdverb(scan2, k) {
  const w = tokenText(scan2, k);
  return w.length > 4 && w.endsWith("ly") && w !== "rely" && w !== "apply" && w !== "supply" || w === "also" || w === "still" || w === "now" || w === "already";
}
function coordinations(scan2) {
  const sorted = [...scan2.candidates].sort((a, b) => a.first - b.first);
  const out = [];
  let run = [];
  for (const c of sorted) {
    const prev = run[run.length - 1];
    if (prev && joined(scan2, prev.last, c.first)) run.push(c);
    else {
      if (run.length > 1) out.push(run);
      run = [c];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}
function joined(scan2, from, to) {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const w = wordAt(scan2, k);
    if (!w || !COORDINATORS.has(w) && w !== "the") return false;
  }
  return true;
}

// src/core/actors/demonymFilter.ts
function filterDemonyms(scan2) {
  scan2.candidates = scan2.candidates.filter((c) => {
    if (c.kind !== "demonym" || c.first === 0) return true;
    const prev = scan2.tokens[c.first - 1];
    return !scan2.lex.demonymBlockers.has(scan2.text.slice(prev.start, prev.end));
  });
}

// src/core/actors/gazetteerMatcher.ts
function matchGazetteer(scan2) {
  const { tokens, text, lex } = scan2;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    let best = 0;
    let surface;
    if (t.word && (t.cap || lex.startsLowerCaseAlias(text.slice(t.start, t.end)))) {
      for (let n = 1; i + n <= tokens.length; n++) {
        const raw = text.slice(t.start, tokens[i + n - 1].end);
        const lower = normalizeSurface(raw).toLowerCase();
        if (!lex.isPrefix(lower)) break;
        const hit = lex.lookup(raw, lower);
        if (hit) {
          best = n;
          surface = hit;
        }
      }
    }
    if (surface && !isShadowedSurname(scan2, surface, i, best)) {
      const end = tokens[i + best - 1].end;
      scan2.candidates.push(toCandidate(surface, i, i + best, t.start, end, text.slice(t.start, end)));
      scan2.covered.fill(1, i, i + best);
      i += best;
    } else i++;
  }
}
function isShadowedSurname(scan2, surface, i, n) {
  if (surface.role !== "name" || surface.actor.kind !== "person" || n !== 1 || i === 0) return false;
  const prev = scan2.tokens[i - 1];
  if (!prev.word || !prev.cap || prev.allCaps || scan2.covered[i - 1] || prev.end === scan2.tokens[i].start) return false;
  const word = tokenText(scan2, i - 1);
  return !scan2.lex.commonWords.has(word) && scan2.lex.titlePart(word) === 0 && !prev.sentenceStart;
}
function toCandidate(surface, first, last, start, end, text) {
  switch (surface.role) {
    case "name":
      return { first, last, start, end, text, kind: surface.actor.kind, id: surface.actor.id, via: "gazetteer" };
    case "demonym":
      return { first, last, start, end, text, kind: "demonym", id: surface.state.id, via: "demonym" };
    case "capital": {
      const actsAs = surface.regent ?? surface.state;
      return { first, last, start, end, text, kind: "place", id: surface.place.id, via: "capital", actsAs: { id: actsAs.id, kind: actsAs.kind } };
    }
    case "institution":
      return { first, last, start, end, text, kind: "organization", id: surface.id, via: "institution" };
  }
}

// src/core/actors/institutions.ts
var STANDALONE = /Ministry|Parliament|National Assembly/;
function nameInstitutions(scan2) {
  const byLast = /* @__PURE__ */ new Map();
  for (const c of scan2.candidates) if (c.kind === "state" || c.kind === "demonym") byLast.set(c.last, c);
  scan2.candidates = scan2.candidates.filter((c) => {
    if (c.via !== "institution") return true;
    const owner = byLast.get(c.first) ?? byLast.get(c.first - 2);
    if (owner && (owner.last === c.first || isPossessive2(scan2, owner.last))) {
      c.id = `${owner.id}-${c.id}`;
      return true;
    }
    return STANDALONE.test(scan2.text.slice(c.start, c.end));
  });
}
function isPossessive2(scan2, i) {
  const a = scan2.tokens[i];
  const b = scan2.tokens[i + 1];
  return !!a && !!b && (scan2.text[a.start] === "'" || scan2.text[a.start] === "\u2019") && scan2.text.slice(b.start, b.end) === "s";
}

// src/core/actors/nameClassifier.ts
var SPEECH_VERBS = /* @__PURE__ */ new Set(["said", "says", "told", "added", "stated", "noted", "tweeted", "wrote", "warned", "stressed", "insisted", "explained", "argued", "asked", "replied", "claimed", "declared", "urged"]);
function classifyNames(scan2, chunks) {
  const titled = new Set(scan2.titles.map((t) => t.last));
  const titleStarts = new Set(scan2.titles.filter((t) => scan2.tokens[t.first].cap).map((t) => t.first));
  for (const c of chunks) {
    const words = [];
    for (let k = c.first; k < c.last; k++) if (scan2.tokens[k].word && scan2.tokens[k].cap) words.push(k);
    if (words.length === 0) continue;
    const start = scan2.tokens[c.first].start;
    const end = scan2.tokens[c.last - 1].end;
    const text = scan2.text.slice(start, end);
    const at = { first: c.first, last: c.last, start, end, text };
    const head = tokenText(scan2, words[words.length - 1]);
    const acronym = words.some((k) => scan2.tokens[k].allCaps && scan2.tokens[k].end - scan2.tokens[k].start > 1);
    if (titleStarts.has(c.last) && !titled.has(c.first)) continue;
    if (titled.has(c.first) && !acronym) {
      scan2.candidates.push({ ...at, kind: "person", id: slug(text), via: words.length > 1 ? "name" : "surname" });
      continue;
    }
    if (words.length > 1 && scan2.lex.orgHeads.has(head)) {
      scan2.candidates.push({ ...at, kind: "organization", id: slug(text), via: "name" });
      continue;
    }
    if (words.length > 1 && scan2.lex.groupHeads.has(head)) {
      scan2.candidates.push({ ...at, kind: "group", id: slug(text), via: "name" });
      continue;
    }
    if (acronym || scan2.headline) continue;
    if (words.length > 1) {
      if (looksCommon(scan2, words)) continue;
      scan2.candidates.push({ ...at, kind: "person", id: slug(text), via: "name" });
      continue;
    }
    const next = scan2.tokens[c.last];
    const speaks = !!next && next.word && SPEECH_VERBS.has(tokenText(scan2, c.last));
    const id = slug(text);
    scan2.candidates.push({ ...at, kind: "person", id, via: "surname", unconfirmed: !speaks });
  }
}
function looksCommon(scan2, words) {
  let common = 0;
  for (const k of words) {
    const w = tokenText(scan2, k);
    if (scan2.lex.commonWords.has(w) || scan2.usedInLowerCase(w.toLowerCase())) common++;
  }
  return common * 2 > words.length;
}

// src/core/actors/nameChunker.ts
function chunkNames(scan2) {
  const { tokens, covered } = scan2;
  const out = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !startsName(scan2, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; ; ) {
      const step = continuation(scan2, j);
      if (!step) break;
      j += step;
    }
    splitAtCommonWords(scan2, i, j, out);
    i = j;
  }
  return out;
}
function isNameWord(scan2, i) {
  const t = scan2.tokens[i];
  return !!t && t.word && t.cap && !scan2.covered[i];
}
function isConnector(scan2, i) {
  const t = scan2.tokens[i];
  return !!t && t.word && !t.cap && t.end - t.start <= 4 && !scan2.covered[i] && scan2.lex.nameConnectors.has(tokenText(scan2, i));
}
function isHyphen(scan2, i) {
  const t = scan2.tokens[i];
  if (!t || t.word) return false;
  const c = scan2.text.charCodeAt(t.start);
  return c === 45 || c === 8208 || c === 8209;
}
function touching(scan2, i) {
  return scan2.tokens[i].start === scan2.tokens[i - 1].end;
}
function startsName(scan2, i) {
  if (isNameWord(scan2, i)) return true;
  if (!isConnector(scan2, i)) return false;
  if (isHyphen(scan2, i + 1) && touching(scan2, i + 1) && touching(scan2, i + 2)) return isNameWord(scan2, i + 2);
  return isNameWord(scan2, i + 1) && !touching(scan2, i + 1);
}
function continuation(scan2, j) {
  if (j >= scan2.tokens.length) return 0;
  if (isNameWord(scan2, j) && !touching(scan2, j)) return 1;
  if (isHyphen(scan2, j) && touching(scan2, j) && j + 1 < scan2.tokens.length && touching(scan2, j + 1)) {
    if (isNameWord(scan2, j + 1)) return 2;
    if (isConnector(scan2, j + 1) && isHyphen(scan2, j + 2) && touching(scan2, j + 2) && isNameWord(scan2, j + 3) && touching(scan2, j + 3)) return 4;
    return 0;
  }
  if (isConnector(scan2, j) && !touching(scan2, j)) {
    let k = j;
    while (isConnector(scan2, k + 1) && !touching(scan2, k + 1)) k++;
    if (isNameWord(scan2, k + 1) && !touching(scan2, k + 1)) return k + 2 - j;
    if (isHyphen(scan2, k + 1) && touching(scan2, k + 1) && isNameWord(scan2, k + 2) && touching(scan2, k + 2)) return k + 3 - j;
  }
  return 0;
}
function isCommon(scan2, i) {
  const t = scan2.tokens[i];
  if (!t.word || !t.cap) return false;
  const w = tokenText(scan2, i);
  if (scan2.lex.commonWords.has(w)) return true;
  if (!t.sentenceStart) return false;
  if (w.length > 4 && w.endsWith("ing")) return true;
  return scan2.usedInLowerCase(w.toLowerCase());
}
function splitAtCommonWords(scan2, first, last, out) {
  let s = first;
  for (let k = first; k <= last; k++) {
    if (k === last || isCommon(scan2, k)) {
      let a = s;
      let b = k;
      while (a < b && !isNameWord(scan2, a) && !isConnector(scan2, a)) a++;
      while (b > a && !isNameWord(scan2, b - 1)) b--;
      if (b > a) out.push({ first: a, last: b });
      s = k + 1;
    }
  }
}

// src/core/actors/overlapRemoval.ts
function removeOverlaps(candidates) {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let last;
  for (const c of sorted) {
    if (last && c.start < last.end) {
      if (c.end - c.start <= last.end - last.start) continue;
      out.pop();
    }
    const m = { start: c.start, end: c.end, text: c.text, id: c.id, kind: c.kind };
    if (c.title) m.title = c.title;
    out.push(m);
    last = c;
  }
  return out;
}

// src/core/actors/surnameLinker.ts
function linkSurnames(candidates) {
  const full = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (c.kind !== "person" || c.via === "surname") continue;
    const words = c.text.split(/[\s\u00a0]+/);
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      const key = words.slice(k).join(" ");
      const seen = full.get(key);
      if (seen === void 0) full.set(key, c.id);
      else if (seen !== c.id) full.set(key, null);
    }
  }
  return candidates.filter((c) => {
    if (c.kind !== "person" || c.text.includes(" ")) return true;
    const id = full.get(c.text);
    if (id) {
      c.id = id;
      return true;
    }
    return !c.unconfirmed;
  });
}

// src/core/actors/titleAttacher.ts
function attachTitles(scan2) {
  if (scan2.titles.length === 0) return;
  const byEnd = new Map(scan2.titles.map((t) => [t.last, t]));
  for (const c of scan2.candidates) {
    if (c.kind !== "person") continue;
    const t = byEnd.get(c.first);
    if (t) c.title = scan2.text.slice(t.start, t.end);
  }
}

// src/core/actors/titleMatcher.ts
var MAX_PARTS = 5;
function matchTitles(scan2) {
  const { tokens, text, lex, covered } = scan2;
  for (let i = 0; i < tokens.length; ) {
    if (covered[i] || !tokens[i].word || !tokens[i].cap && !capitalAhead(scan2, i)) {
      i++;
      continue;
    }
    let j = i;
    let end = -1;
    for (let parts = 0; parts < MAX_PARTS && j < tokens.length && !covered[j] && tokens[j].word; parts++) {
      const maxN = Math.min(lex.maxTitleTokensFrom(text.slice(tokens[j].start, tokens[j].end)), tokens.length - j);
      let step = 0;
      let part = 0;
      for (let n = maxN; n >= 1; n--) {
        if (covered[j + n - 1]) continue;
        part = lex.titlePart(text.slice(tokens[j].start, tokens[j + n - 1].end));
        if (part) {
          step = n;
          break;
        }
      }
      if (!step) break;
      j += step;
      if (part === 3) end = j;
    }
    if (end < 0) {
      i++;
      continue;
    }
    const next = tokens[end];
    const beforeName = !!next && next.word && next.cap && !next.allCaps;
    if (tokens[i].cap || beforeName) {
      scan2.titles.push({ first: i, last: end, start: tokens[i].start, end: tokens[end - 1].end });
      if (tokens[i].cap) covered.fill(1, i, end);
    }
    i = end;
  }
}
function capitalAhead(scan2, i) {
  for (let k = i + 1; k <= i + MAX_PARTS && k < scan2.tokens.length; k++) if (scan2.tokens[k].cap) return true;
  return false;
}

// src/core/actors/extractActors.ts
function extractActors(article, kb2) {
  const lex = kb2.lexicon;
  const text = article.text;
  const sentenceStarts = article.sentences.map((s) => s.start);
  const lowerCache = /* @__PURE__ */ new Map();
  const usedInLowerCase = (word) => {
    let hit = lowerCache.get(word);
    if (hit === void 0) lowerCache.set(word, hit = occursAsWord(text, word));
    return hit;
  };
  const all = [];
  for (const p of article.paragraphs) {
    const tokens = tokenize(text, p.start, p.end, sentenceStarts);
    if (tokens.length === 0) continue;
    const scan2 = {
      text,
      tokens,
      lex,
      covered: new Uint8Array(tokens.length),
      candidates: [],
      titles: [],
      headline: isHeadline(tokens),
      usedInLowerCase
    };
    matchGazetteer(scan2);
    matchTitles(scan2);
    classifyNames(scan2, chunkNames(scan2));
    resolveCapitals(scan2);
    nameInstitutions(scan2);
    filterDemonyms(scan2);
    attachTitles(scan2);
    for (const c of scan2.candidates) all.push(c);
  }
  const header = article.header;
  const kept = header ? all.filter((c) => c.start >= header.end || c.end <= header.start) : all;
  return removeOverlaps(linkSurnames(kept));
}
function occursAsWord(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}
function isHeadline(tokens) {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.end - t.start < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

// node_modules/chrono-node/dist/esm/locales/en/index.js
var en_exports = {};
__export(en_exports, {
  Chrono: () => Chrono,
  GB: () => GB,
  Meridiem: () => Meridiem,
  ParsingComponents: () => ParsingComponents,
  ParsingResult: () => ParsingResult,
  ReferenceWithTimezone: () => ReferenceWithTimezone,
  Weekday: () => Weekday,
  casual: () => casual,
  configuration: () => configuration,
  parse: () => parse,
  parseDate: () => parseDate,
  strict: () => strict
});

// node_modules/chrono-node/dist/esm/types.js
var Meridiem;
(function(Meridiem2) {
  Meridiem2[Meridiem2["AM"] = 0] = "AM";
  Meridiem2[Meridiem2["PM"] = 1] = "PM";
})(Meridiem || (Meridiem = {}));
var Weekday;
(function(Weekday2) {
  Weekday2[Weekday2["SUNDAY"] = 0] = "SUNDAY";
  Weekday2[Weekday2["MONDAY"] = 1] = "MONDAY";
  Weekday2[Weekday2["TUESDAY"] = 2] = "TUESDAY";
  Weekday2[Weekday2["WEDNESDAY"] = 3] = "WEDNESDAY";
  Weekday2[Weekday2["THURSDAY"] = 4] = "THURSDAY";
  Weekday2[Weekday2["FRIDAY"] = 5] = "FRIDAY";
  Weekday2[Weekday2["SATURDAY"] = 6] = "SATURDAY";
})(Weekday || (Weekday = {}));
var Month;
(function(Month2) {
  Month2[Month2["JANUARY"] = 1] = "JANUARY";
  Month2[Month2["FEBRUARY"] = 2] = "FEBRUARY";
  Month2[Month2["MARCH"] = 3] = "MARCH";
  Month2[Month2["APRIL"] = 4] = "APRIL";
  Month2[Month2["MAY"] = 5] = "MAY";
  Month2[Month2["JUNE"] = 6] = "JUNE";
  Month2[Month2["JULY"] = 7] = "JULY";
  Month2[Month2["AUGUST"] = 8] = "AUGUST";
  Month2[Month2["SEPTEMBER"] = 9] = "SEPTEMBER";
  Month2[Month2["OCTOBER"] = 10] = "OCTOBER";
  Month2[Month2["NOVEMBER"] = 11] = "NOVEMBER";
  Month2[Month2["DECEMBER"] = 12] = "DECEMBER";
})(Month || (Month = {}));

// node_modules/chrono-node/dist/esm/utils/dates.js
function assignSimilarDate(component, target) {
  component.assign("day", target.getDate());
  component.assign("month", target.getMonth() + 1);
  component.assign("year", target.getFullYear());
}
function assignSimilarTime(component, target) {
  component.assign("hour", target.getHours());
  component.assign("minute", target.getMinutes());
  component.assign("second", target.getSeconds());
  component.assign("millisecond", target.getMilliseconds());
  component.assign("meridiem", target.getHours() < 12 ? Meridiem.AM : Meridiem.PM);
}
function implySimilarDate(component, target) {
  component.imply("day", target.getDate());
  component.imply("month", target.getMonth() + 1);
  component.imply("year", target.getFullYear());
}
function implySimilarTime(component, target) {
  component.imply("hour", target.getHours());
  component.imply("minute", target.getMinutes());
  component.imply("second", target.getSeconds());
  component.imply("millisecond", target.getMilliseconds());
  component.imply("meridiem", target.getHours() < 12 ? Meridiem.AM : Meridiem.PM);
}

// node_modules/chrono-node/dist/esm/timezone.js
var TIMEZONE_ABBR_MAP = {
  ACDT: 630,
  ACST: 570,
  ADT: -180,
  AEDT: 660,
  AEST: 600,
  AFT: 270,
  AKDT: -480,
  AKST: -540,
  ALMT: 360,
  AMST: -180,
  AMT: -240,
  ANAST: 720,
  ANAT: 720,
  AQTT: 300,
  ART: -180,
  AST: -240,
  AWDT: 540,
  AWST: 480,
  AZOST: 0,
  AZOT: -60,
  AZST: 300,
  AZT: 240,
  BNT: 480,
  BOT: -240,
  BRST: -120,
  BRT: -180,
  BST: 60,
  BTT: 360,
  CAST: 480,
  CAT: 120,
  CCT: 390,
  CDT: -300,
  CEST: 120,
  CET: {
    timezoneOffsetDuringDst: 2 * 60,
    timezoneOffsetNonDst: 60,
    dstStart: (year) => getLastWeekdayOfMonth(year, Month.MARCH, Weekday.SUNDAY, 2),
    dstEnd: (year) => getLastWeekdayOfMonth(year, Month.OCTOBER, Weekday.SUNDAY, 3)
  },
  CHADT: 825,
  CHAST: 765,
  CKT: -600,
  CLST: -180,
  CLT: -240,
  COT: -300,
  CST: -360,
  CT: {
    timezoneOffsetDuringDst: -5 * 60,
    timezoneOffsetNonDst: -6 * 60,
    dstStart: (year) => getNthWeekdayOfMonth(year, Month.MARCH, Weekday.SUNDAY, 2, 2),
    dstEnd: (year) => getNthWeekdayOfMonth(year, Month.NOVEMBER, Weekday.SUNDAY, 1, 2)
  },
  CVT: -60,
  CXT: 420,
  ChST: 600,
  DAVT: 420,
  EASST: -300,
  EAST: -360,
  EAT: 180,
  ECT: -300,
  EDT: -240,
  EEST: 180,
  EET: 120,
  EGST: 0,
  EGT: -60,
  EST: -300,
  ET: {
    timezoneOffsetDuringDst: -4 * 60,
    timezoneOffsetNonDst: -5 * 60,
    dstStart: (year) => getNthWeekdayOfMonth(year, Month.MARCH, Weekday.SUNDAY, 2, 2),
    dstEnd: (year) => getNthWeekdayOfMonth(year, Month.NOVEMBER, Weekday.SUNDAY, 1, 2)
  },
  FJST: 780,
  FJT: 720,
  FKST: -180,
  FKT: -240,
  FNT: -120,
  GALT: -360,
  GAMT: -540,
  GET: 240,
  GFT: -180,
  GILT: 720,
  GMT: 0,
  GST: 240,
  GYT: -240,
  HAA: -180,
  HAC: -300,
  HADT: -540,
  HAE: -240,
  HAP: -420,
  HAR: -360,
  HAST: -600,
  HAT: -90,
  HAY: -480,
  HKT: 480,
  HLV: -210,
  HNA: -240,
  HNC: -360,
  HNE: -300,
  HNP: -480,
  HNR: -420,
  HNT: -150,
  HNY: -540,
  HOVT: 420,
  ICT: 420,
  IDT: 180,
  IOT: 360,
  IRDT: 270,
  IRKST: 540,
  IRKT: 540,
  IRST: 210,
  IST: 330,
  JST: 540,
  KGT: 360,
  KRAST: 480,
  KRAT: 480,
  KST: 540,
  KUYT: 240,
  LHDT: 660,
  LHST: 630,
  LINT: 840,
  MAGST: 720,
  MAGT: 720,
  MART: -510,
  MAWT: 300,
  MDT: -360,
  MESZ: 120,
  MEZ: 60,
  MHT: 720,
  MMT: 390,
  MSD: 240,
  MSK: 180,
  MST: -420,
  MT: {
    timezoneOffsetDuringDst: -6 * 60,
    timezoneOffsetNonDst: -7 * 60,
    dstStart: (year) => getNthWeekdayOfMonth(year, Month.MARCH, Weekday.SUNDAY, 2, 2),
    dstEnd: (year) => getNthWeekdayOfMonth(year, Month.NOVEMBER, Weekday.SUNDAY, 1, 2)
  },
  MUT: 240,
  MVT: 300,
  MYT: 480,
  NCT: 660,
  NDT: -90,
  NFT: 690,
  NOVST: 420,
  NOVT: 360,
  NPT: 345,
  NST: -150,
  NUT: -660,
  NZDT: 780,
  NZST: 720,
  OMSST: 420,
  OMST: 420,
  PDT: -420,
  PET: -300,
  PETST: 720,
  PETT: 720,
  PGT: 600,
  PHOT: 780,
  PHT: 480,
  PKT: 300,
  PMDT: -120,
  PMST: -180,
  PONT: 660,
  PST: -480,
  PT: {
    timezoneOffsetDuringDst: -7 * 60,
    timezoneOffsetNonDst: -8 * 60,
    dstStart: (year) => getNthWeekdayOfMonth(year, Month.MARCH, Weekday.SUNDAY, 2, 2),
    dstEnd: (year) => getNthWeekdayOfMonth(year, Month.NOVEMBER, Weekday.SUNDAY, 1, 2)
  },
  PWT: 540,
  PYST: -180,
  PYT: -240,
  RET: 240,
  SAMT: 240,
  SAST: 120,
  SBT: 660,
  SCT: 240,
  SGT: 480,
  SRT: -180,
  SST: -660,
  TAHT: -600,
  TFT: 300,
  TJT: 300,
  TKT: 780,
  TLT: 540,
  TMT: 300,
  TVT: 720,
  ULAT: 480,
  UTC: 0,
  UYST: -120,
  UYT: -180,
  UZT: 300,
  VET: -210,
  VLAST: 660,
  VLAT: 660,
  VUT: 660,
  WAST: 120,
  WAT: 60,
  WEST: 60,
  WESZ: 60,
  WET: 0,
  WEZ: 0,
  WFT: 720,
  WGST: -120,
  WGT: -180,
  WIB: 420,
  WIT: 540,
  WITA: 480,
  WST: 780,
  WT: 0,
  YAKST: 600,
  YAKT: 600,
  YAPT: 600,
  YEKST: 360,
  YEKT: 360
};
function getNthWeekdayOfMonth(year, month, weekday, n, hour = 0) {
  let dayOfMonth = 0;
  let i = 0;
  while (i < n) {
    dayOfMonth++;
    const date = new Date(year, month - 1, dayOfMonth);
    if (date.getDay() === weekday)
      i++;
  }
  return new Date(year, month - 1, dayOfMonth, hour);
}
function getLastWeekdayOfMonth(year, month, weekday, hour = 0) {
  const oneIndexedWeekday = weekday === 0 ? 7 : weekday;
  const date = new Date(year, month - 1 + 1, 1, 12);
  const firstWeekdayNextMonth = date.getDay() === 0 ? 7 : date.getDay();
  let dayDiff;
  if (firstWeekdayNextMonth === oneIndexedWeekday)
    dayDiff = 7;
  else if (firstWeekdayNextMonth < oneIndexedWeekday)
    dayDiff = 7 + firstWeekdayNextMonth - oneIndexedWeekday;
  else
    dayDiff = firstWeekdayNextMonth - oneIndexedWeekday;
  date.setDate(date.getDate() - dayDiff);
  return new Date(year, month - 1, date.getDate(), hour);
}
function toTimezoneOffset(timezoneInput, date, timezoneOverrides = {}) {
  if (timezoneInput == null) {
    return null;
  }
  if (typeof timezoneInput === "number") {
    return timezoneInput;
  }
  const matchedTimezone = timezoneOverrides[timezoneInput] ?? TIMEZONE_ABBR_MAP[timezoneInput];
  if (matchedTimezone == null) {
    return null;
  }
  if (typeof matchedTimezone == "number") {
    return matchedTimezone;
  }
  if (date == null) {
    return null;
  }
  if (date > matchedTimezone.dstStart(date.getFullYear()) && !(date > matchedTimezone.dstEnd(date.getFullYear()))) {
    return matchedTimezone.timezoneOffsetDuringDst;
  }
  return matchedTimezone.timezoneOffsetNonDst;
}

// node_modules/chrono-node/dist/esm/calculation/duration.js
var EmptyDuration = {
  day: 0,
  second: 0,
  millisecond: 0
};
function addDuration(ref, duration) {
  let date = new Date(ref);
  if (duration["y"]) {
    duration["year"] = duration["y"];
    delete duration["y"];
  }
  if (duration["mo"]) {
    duration["month"] = duration["mo"];
    delete duration["mo"];
  }
  if (duration["M"]) {
    duration["month"] = duration["M"];
    delete duration["M"];
  }
  if (duration["w"]) {
    duration["week"] = duration["w"];
    delete duration["w"];
  }
  if (duration["d"]) {
    duration["day"] = duration["d"];
    delete duration["d"];
  }
  if (duration["h"]) {
    duration["hour"] = duration["h"];
    delete duration["h"];
  }
  if (duration["m"]) {
    duration["minute"] = duration["m"];
    delete duration["m"];
  }
  if (duration["s"]) {
    duration["second"] = duration["s"];
    delete duration["s"];
  }
  if (duration["ms"]) {
    duration["millisecond"] = duration["ms"];
    delete duration["ms"];
  }
  if ("year" in duration) {
    const floor = Math.floor(duration["year"]);
    date.setFullYear(date.getFullYear() + floor);
    const remainingFraction = duration["year"] - floor;
    if (remainingFraction > 0) {
      duration.month = duration?.month ?? 0;
      duration.month += remainingFraction * 12;
    }
  }
  if ("quarter" in duration) {
    const floor = Math.floor(duration["quarter"]);
    date.setMonth(date.getMonth() + floor * 3);
    const remainingFraction = duration["quarter"] - floor;
    if (remainingFraction > 0) {
      duration.month = duration?.month ?? 0;
      duration.month += remainingFraction * 3;
    }
  }
  if ("month" in duration) {
    const floor = Math.floor(duration["month"]);
    date.setMonth(date.getMonth() + floor);
    const remainingFraction = duration["month"] - floor;
    if (remainingFraction > 0) {
      duration.week = duration?.week ?? 0;
      duration.week += remainingFraction * 4;
    }
  }
  if ("week" in duration) {
    const floor = Math.floor(duration["week"]);
    date.setDate(date.getDate() + floor * 7);
    const remainingFraction = duration["week"] - floor;
    if (remainingFraction > 0) {
      duration.day = duration?.day ?? 0;
      duration.day += Math.round(remainingFraction * 7);
    }
  }
  if ("day" in duration) {
    const floor = Math.floor(duration["day"]);
    date.setDate(date.getDate() + floor);
    const remainingFraction = duration["day"] - floor;
    if (remainingFraction > 0) {
      duration.hour = duration?.hour ?? 0;
      duration.hour += Math.round(remainingFraction * 24);
    }
  }
  if ("hour" in duration) {
    const floor = Math.floor(duration["hour"]);
    date.setHours(date.getHours() + floor);
    const remainingFraction = duration["hour"] - floor;
    if (remainingFraction > 0) {
      duration.minute = duration?.minute ?? 0;
      duration.minute += Math.round(remainingFraction * 60);
    }
  }
  if ("minute" in duration) {
    const floor = Math.floor(duration["minute"]);
    date.setMinutes(date.getMinutes() + floor);
    const remainingFraction = duration["minute"] - floor;
    if (remainingFraction > 0) {
      duration.second = duration?.second ?? 0;
      duration.second += Math.round(remainingFraction * 60);
    }
  }
  if ("second" in duration) {
    const floor = Math.floor(duration["second"]);
    date.setSeconds(date.getSeconds() + floor);
    const remainingFraction = duration["second"] - floor;
    if (remainingFraction > 0) {
      duration.millisecond = duration?.millisecond ?? 0;
      duration.millisecond += Math.round(remainingFraction * 1e3);
    }
  }
  if ("millisecond" in duration) {
    const floor = Math.floor(duration["millisecond"]);
    date.setMilliseconds(date.getMilliseconds() + floor);
  }
  return date;
}
function reverseDuration(duration) {
  const reversed = {};
  for (const key in duration) {
    reversed[key] = -duration[key];
  }
  return reversed;
}

// node_modules/chrono-node/dist/esm/results.js
var ReferenceWithTimezone = class _ReferenceWithTimezone {
  instant;
  timezoneOffset;
  constructor(instant, timezoneOffset) {
    this.instant = instant ?? /* @__PURE__ */ new Date();
    this.timezoneOffset = timezoneOffset ?? null;
  }
  static fromDate(date) {
    return new _ReferenceWithTimezone(date);
  }
  static fromInput(input, timezoneOverrides) {
    if (input instanceof Date) {
      return _ReferenceWithTimezone.fromDate(input);
    }
    const instant = input?.instant ?? /* @__PURE__ */ new Date();
    const timezoneOffset = toTimezoneOffset(input?.timezone, instant, timezoneOverrides);
    return new _ReferenceWithTimezone(instant, timezoneOffset);
  }
  getDateWithAdjustedTimezone() {
    const date = new Date(this.instant);
    if (this.timezoneOffset !== null) {
      date.setMinutes(date.getMinutes() - this.getSystemTimezoneAdjustmentMinute(this.instant));
    }
    return date;
  }
  getSystemTimezoneAdjustmentMinute(date, overrideTimezoneOffset) {
    if (!date) {
      date = /* @__PURE__ */ new Date();
    }
    const currentTimezoneOffset = -date.getTimezoneOffset();
    const targetTimezoneOffset = overrideTimezoneOffset ?? this.timezoneOffset ?? currentTimezoneOffset;
    return currentTimezoneOffset - targetTimezoneOffset;
  }
  getTimezoneOffset() {
    return this.timezoneOffset ?? -this.instant.getTimezoneOffset();
  }
};
var ParsingComponents = class _ParsingComponents {
  knownValues;
  impliedValues;
  reference;
  _tags = /* @__PURE__ */ new Set();
  constructor(reference, knownComponents) {
    this.reference = reference;
    this.knownValues = {};
    this.impliedValues = {};
    if (knownComponents) {
      for (const key in knownComponents) {
        this.knownValues[key] = knownComponents[key];
      }
    }
    const date = reference.getDateWithAdjustedTimezone();
    this.imply("day", date.getDate());
    this.imply("month", date.getMonth() + 1);
    this.imply("year", date.getFullYear());
    this.imply("hour", 12);
    this.imply("minute", 0);
    this.imply("second", 0);
    this.imply("millisecond", 0);
  }
  static createRelativeFromReference(reference, duration = EmptyDuration) {
    let date = addDuration(reference.getDateWithAdjustedTimezone(), duration);
    const components = new _ParsingComponents(reference);
    components.addTag("result/relativeDate");
    if ("hour" in duration || "minute" in duration || "second" in duration || "millisecond" in duration) {
      components.addTag("result/relativeDateAndTime");
      assignSimilarTime(components, date);
      assignSimilarDate(components, date);
      components.assign("timezoneOffset", reference.getTimezoneOffset());
    } else {
      implySimilarTime(components, date);
      components.imply("timezoneOffset", reference.getTimezoneOffset());
      if ("day" in duration) {
        components.assign("day", date.getDate());
        components.assign("month", date.getMonth() + 1);
        components.assign("year", date.getFullYear());
        components.assign("weekday", date.getDay());
      } else if ("week" in duration) {
        components.assign("day", date.getDate());
        components.assign("month", date.getMonth() + 1);
        components.assign("year", date.getFullYear());
        components.imply("weekday", date.getDay());
      } else {
        components.imply("day", date.getDate());
        if ("month" in duration) {
          components.assign("month", date.getMonth() + 1);
          components.assign("year", date.getFullYear());
        } else {
          components.imply("month", date.getMonth() + 1);
          if ("year" in duration) {
            components.assign("year", date.getFullYear());
          } else {
            components.imply("year", date.getFullYear());
          }
        }
      }
    }
    return components;
  }
  get(component) {
    if (component in this.knownValues) {
      return this.knownValues[component];
    }
    if (component in this.impliedValues) {
      return this.impliedValues[component];
    }
    return null;
  }
  isCertain(component) {
    return component in this.knownValues;
  }
  getCertainComponents() {
    return Object.keys(this.knownValues);
  }
  imply(component, value) {
    if (component in this.knownValues) {
      return this;
    }
    this.impliedValues[component] = value;
    return this;
  }
  assign(component, value) {
    this.knownValues[component] = value;
    delete this.impliedValues[component];
    return this;
  }
  addDurationAsImplied(duration) {
    const currentDate = this.dateWithoutTimezoneAdjustment();
    const date = addDuration(currentDate, duration);
    if ("day" in duration || "week" in duration || "month" in duration || "year" in duration) {
      this.delete(["day", "weekday", "month", "year"]);
      this.imply("day", date.getDate());
      this.imply("weekday", date.getDay());
      this.imply("month", date.getMonth() + 1);
      this.imply("year", date.getFullYear());
    }
    if ("second" in duration || "minute" in duration || "hour" in duration) {
      this.delete(["second", "minute", "hour"]);
      this.imply("second", date.getSeconds());
      this.imply("minute", date.getMinutes());
      this.imply("hour", date.getHours());
    }
    return this;
  }
  delete(components) {
    if (typeof components === "string") {
      components = [components];
    }
    for (const component of components) {
      delete this.knownValues[component];
      delete this.impliedValues[component];
    }
  }
  clone() {
    const component = new _ParsingComponents(this.reference);
    component.knownValues = {};
    component.impliedValues = {};
    for (const key in this.knownValues) {
      component.knownValues[key] = this.knownValues[key];
    }
    for (const key in this.impliedValues) {
      component.impliedValues[key] = this.impliedValues[key];
    }
    return component;
  }
  isOnlyDate() {
    return !this.isCertain("hour") && !this.isCertain("minute") && !this.isCertain("second");
  }
  isOnlyTime() {
    return !this.isCertain("weekday") && !this.isCertain("day") && !this.isCertain("month") && !this.isCertain("year");
  }
  isOnlyWeekdayComponent() {
    return this.isCertain("weekday") && !this.isCertain("day") && !this.isCertain("month");
  }
  isDateWithUnknownYear() {
    return this.isCertain("month") && !this.isCertain("year");
  }
  isValidDate() {
    const date = new Date(Date.UTC(this.get("year"), this.get("month") - 1, this.get("day"), this.get("hour"), this.get("minute"), this.get("second"), this.get("millisecond")));
    date.setUTCFullYear(this.get("year"));
    if (date.getUTCFullYear() !== this.get("year"))
      return false;
    if (date.getUTCMonth() !== this.get("month") - 1)
      return false;
    if (date.getUTCDate() !== this.get("day"))
      return false;
    if (this.get("hour") != null && date.getUTCHours() != this.get("hour"))
      return false;
    if (this.get("minute") != null && date.getUTCMinutes() != this.get("minute"))
      return false;
    return true;
  }
  toString() {
    return `[ParsingComponents {
            tags: ${JSON.stringify(Array.from(this._tags).sort())}, 
            knownValues: ${JSON.stringify(this.knownValues)}, 
            impliedValues: ${JSON.stringify(this.impliedValues)}}, 
            reference: ${JSON.stringify(this.reference)}]`;
  }
  date() {
    const timezoneOffset = this.get("timezoneOffset") ?? this.reference.timezoneOffset;
    if (timezoneOffset === null || timezoneOffset === void 0) {
      return this.dateWithoutTimezoneAdjustment();
    }
    const date = new Date(Date.UTC(this.get("year"), this.get("month") - 1, this.get("day"), this.get("hour"), this.get("minute"), this.get("second"), this.get("millisecond")));
    date.setUTCFullYear(this.get("year"));
    return new Date(date.getTime() - timezoneOffset * 6e4);
  }
  addTag(tag) {
    this._tags.add(tag);
    return this;
  }
  addTags(tags) {
    for (const tag of tags) {
      this._tags.add(tag);
    }
    return this;
  }
  tags() {
    return new Set(this._tags);
  }
  dateWithoutTimezoneAdjustment() {
    const date = new Date(this.get("year"), this.get("month") - 1, this.get("day"), this.get("hour"), this.get("minute"), this.get("second"), this.get("millisecond"));
    date.setFullYear(this.get("year"));
    return date;
  }
};
var ParsingResult = class _ParsingResult {
  refDate;
  index;
  text;
  reference;
  start;
  end;
  constructor(reference, index, text, start, end) {
    this.reference = reference;
    this.refDate = reference.instant;
    this.index = index;
    this.text = text;
    this.start = start || new ParsingComponents(reference);
    this.end = end;
  }
  clone() {
    const result = new _ParsingResult(this.reference, this.index, this.text);
    result.start = this.start ? this.start.clone() : null;
    result.end = this.end ? this.end.clone() : null;
    return result;
  }
  date() {
    return this.start.date();
  }
  addTag(tag) {
    this.start.addTag(tag);
    if (this.end) {
      this.end.addTag(tag);
    }
    return this;
  }
  addTags(tags) {
    this.start.addTags(tags);
    if (this.end) {
      this.end.addTags(tags);
    }
    return this;
  }
  tags() {
    const combinedTags = new Set(this.start.tags());
    if (this.end) {
      for (const tag of this.end.tags()) {
        combinedTags.add(tag);
      }
    }
    return combinedTags;
  }
  toString() {
    const tags = Array.from(this.tags()).sort();
    return `[ParsingResult {index: ${this.index}, text: '${this.text}', tags: ${JSON.stringify(tags)} ...}]`;
  }
};

// node_modules/chrono-node/dist/esm/utils/pattern.js
function repeatedTimeunitPattern(prefix, singleTimeunitPattern, connectorPattern = "\\s{0,5},?\\s{0,5}") {
  const singleTimeunitPatternNoCapture = singleTimeunitPattern.replace(/\((?!\?)/g, "(?:");
  return `${prefix}${singleTimeunitPatternNoCapture}(?:${connectorPattern}${singleTimeunitPatternNoCapture}){0,10}`;
}
function extractTerms(dictionary) {
  let keys;
  if (dictionary instanceof Array) {
    keys = [...dictionary];
  } else if (dictionary instanceof Map) {
    keys = Array.from(dictionary.keys());
  } else {
    keys = Object.keys(dictionary);
  }
  return keys;
}
function matchAnyPattern(dictionary) {
  const joinedTerms = extractTerms(dictionary).sort((a, b) => b.length - a.length).join("|").replace(/\./g, "\\.");
  return `(?:${joinedTerms})`;
}

// node_modules/chrono-node/dist/esm/calculation/years.js
function findMostLikelyADYear(yearNumber) {
  if (yearNumber < 100) {
    if (yearNumber > 50) {
      yearNumber = yearNumber + 1900;
    } else {
      yearNumber = yearNumber + 2e3;
    }
  }
  return yearNumber;
}
function findYearClosestToRef(refDate, day, month) {
  let date = new Date(refDate);
  date.setMonth(month - 1);
  date.setDate(day);
  const nextYear = addDuration(date, { "year": 1 });
  const lastYear = addDuration(date, { "year": -1 });
  if (Math.abs(nextYear.getTime() - refDate.getTime()) < Math.abs(date.getTime() - refDate.getTime())) {
    date = nextYear;
  } else if (Math.abs(lastYear.getTime() - refDate.getTime()) < Math.abs(date.getTime() - refDate.getTime())) {
    date = lastYear;
  }
  return date.getFullYear();
}

// node_modules/chrono-node/dist/esm/locales/en/constants.js
var WEEKDAY_DICTIONARY = {
  sunday: 0,
  sun: 0,
  "sun.": 0,
  monday: 1,
  mon: 1,
  "mon.": 1,
  tuesday: 2,
  tue: 2,
  "tue.": 2,
  wednesday: 3,
  wed: 3,
  "wed.": 3,
  thursday: 4,
  thurs: 4,
  "thurs.": 4,
  thur: 4,
  "thur.": 4,
  thu: 4,
  "thu.": 4,
  friday: 5,
  fri: 5,
  "fri.": 5,
  saturday: 6,
  sat: 6,
  "sat.": 6
};
var FULL_MONTH_NAME_DICTIONARY = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12
};
var MONTH_DICTIONARY = {
  ...FULL_MONTH_NAME_DICTIONARY,
  jan: 1,
  "jan.": 1,
  feb: 2,
  "feb.": 2,
  mar: 3,
  "mar.": 3,
  apr: 4,
  "apr.": 4,
  jun: 6,
  "jun.": 6,
  jul: 7,
  "jul.": 7,
  aug: 8,
  "aug.": 8,
  sep: 9,
  "sep.": 9,
  sept: 9,
  "sept.": 9,
  oct: 10,
  "oct.": 10,
  nov: 11,
  "nov.": 11,
  dec: 12,
  "dec.": 12
};
var INTEGER_WORD_DICTIONARY = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12
};
var ORDINAL_WORD_DICTIONARY = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty first": 21,
  "twenty-first": 21,
  "twenty second": 22,
  "twenty-second": 22,
  "twenty third": 23,
  "twenty-third": 23,
  "twenty fourth": 24,
  "twenty-fourth": 24,
  "twenty fifth": 25,
  "twenty-fifth": 25,
  "twenty sixth": 26,
  "twenty-sixth": 26,
  "twenty seventh": 27,
  "twenty-seventh": 27,
  "twenty eighth": 28,
  "twenty-eighth": 28,
  "twenty ninth": 29,
  "twenty-ninth": 29,
  "thirtieth": 30,
  "thirty first": 31,
  "thirty-first": 31
};
var TIME_UNIT_DICTIONARY_NO_ABBR = {
  second: "second",
  seconds: "second",
  minute: "minute",
  minutes: "minute",
  hour: "hour",
  hours: "hour",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  quarter: "quarter",
  quarters: "quarter",
  year: "year",
  years: "year"
};
var TIME_UNIT_DICTIONARY = {
  s: "second",
  sec: "second",
  second: "second",
  seconds: "second",
  m: "minute",
  min: "minute",
  mins: "minute",
  minute: "minute",
  minutes: "minute",
  h: "hour",
  hr: "hour",
  hrs: "hour",
  hour: "hour",
  hours: "hour",
  d: "day",
  day: "day",
  days: "day",
  w: "week",
  week: "week",
  weeks: "week",
  mo: "month",
  mon: "month",
  mos: "month",
  month: "month",
  months: "month",
  qtr: "quarter",
  quarter: "quarter",
  quarters: "quarter",
  y: "year",
  yr: "year",
  year: "year",
  years: "year",
  ...TIME_UNIT_DICTIONARY_NO_ABBR
};
var NUMBER_PATTERN = `(?:${matchAnyPattern(INTEGER_WORD_DICTIONARY)}|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
function parseNumberPattern(match) {
  const num = match.toLowerCase();
  if (INTEGER_WORD_DICTIONARY[num] !== void 0) {
    return INTEGER_WORD_DICTIONARY[num];
  } else if (num === "a" || num === "an" || num == "the") {
    return 1;
  } else if (num.match(/few/)) {
    return 3;
  } else if (num.match(/half/)) {
    return 0.5;
  } else if (num.match(/couple/)) {
    return 2;
  } else if (num.match(/several/)) {
    return 7;
  }
  return parseFloat(num);
}
var ORDINAL_NUMBER_PATTERN = `(?:${matchAnyPattern(ORDINAL_WORD_DICTIONARY)}|[0-9]{1,2}(?:st|nd|rd|th)?)`;
function parseOrdinalNumberPattern(match) {
  let num = match.toLowerCase();
  if (ORDINAL_WORD_DICTIONARY[num] !== void 0) {
    return ORDINAL_WORD_DICTIONARY[num];
  }
  num = num.replace(/(?:st|nd|rd|th)$/i, "");
  return parseInt(num);
}
var YEAR_PATTERN = `(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))`;
function parseYear(match) {
  if (/BE/i.test(match)) {
    match = match.replace(/BE/i, "");
    return parseInt(match) - 543;
  }
  if (/BCE?/i.test(match)) {
    match = match.replace(/BCE?/i, "");
    return -parseInt(match);
  }
  if (/(AD|CE)/i.test(match)) {
    match = match.replace(/(AD|CE)/i, "");
    return parseInt(match);
  }
  const rawYearNumber = parseInt(match);
  return findMostLikelyADYear(rawYearNumber);
}
var SINGLE_TIME_UNIT_PATTERN = `(${NUMBER_PATTERN})\\s{0,3}(${matchAnyPattern(TIME_UNIT_DICTIONARY)})`;
var SINGLE_TIME_UNIT_REGEX = new RegExp(SINGLE_TIME_UNIT_PATTERN, "i");
var SINGLE_TIME_UNIT_NO_ABBR_PATTERN = `(${NUMBER_PATTERN})\\s{0,3}(${matchAnyPattern(TIME_UNIT_DICTIONARY_NO_ABBR)})`;
var TIME_UNIT_CONNECTOR_PATTERN = `\\s{0,5},?(?:\\s*and)?\\s{0,5}`;
var TIME_UNITS_PATTERN = repeatedTimeunitPattern(`(?:(?:about|around)\\s{0,3})?`, SINGLE_TIME_UNIT_PATTERN, TIME_UNIT_CONNECTOR_PATTERN);
var TIME_UNITS_NO_ABBR_PATTERN = repeatedTimeunitPattern(`(?:(?:about|around)\\s{0,3})?`, SINGLE_TIME_UNIT_NO_ABBR_PATTERN, TIME_UNIT_CONNECTOR_PATTERN);
function parseDuration(timeunitText) {
  const fragments = {};
  let remainingText = timeunitText;
  let match = SINGLE_TIME_UNIT_REGEX.exec(remainingText);
  while (match) {
    collectDateTimeFragment(fragments, match);
    remainingText = remainingText.substring(match[0].length).trim();
    match = SINGLE_TIME_UNIT_REGEX.exec(remainingText);
  }
  if (Object.keys(fragments).length == 0) {
    return null;
  }
  return fragments;
}
function collectDateTimeFragment(fragments, match) {
  if (match[0].match(/^[a-zA-Z]+$/)) {
    return;
  }
  const num = parseNumberPattern(match[1]);
  const unit = TIME_UNIT_DICTIONARY[match[2].toLowerCase()];
  fragments[unit] = num;
}

// node_modules/chrono-node/dist/esm/common/parsers/AbstractParserWithWordBoundary.js
var AbstractParserWithWordBoundaryChecking = class {
  innerPatternHasChange(context, currentInnerPattern) {
    return this.innerPattern(context) !== currentInnerPattern;
  }
  patternLeftBoundary() {
    return `(\\W|^)`;
  }
  cachedInnerPattern = null;
  cachedPattern = null;
  pattern(context) {
    if (this.cachedInnerPattern) {
      if (!this.innerPatternHasChange(context, this.cachedInnerPattern)) {
        return this.cachedPattern;
      }
    }
    this.cachedInnerPattern = this.innerPattern(context);
    this.cachedPattern = new RegExp(`${this.patternLeftBoundary()}${this.cachedInnerPattern.source}`, this.cachedInnerPattern.flags);
    return this.cachedPattern;
  }
  extract(context, match) {
    const header = match[1] ?? "";
    match.index = match.index + header.length;
    match[0] = match[0].substring(header.length);
    for (let i = 2; i < match.length; i++) {
      match[i - 1] = match[i];
    }
    return this.innerExtract(context, match);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENTimeUnitWithinFormatParser.js
var PATTERN_WITH_OPTIONAL_PREFIX = new RegExp(`(?:(?:within|in|for)\\s*)?(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(${TIME_UNITS_PATTERN})(?=\\W|$)`, "i");
var PATTERN_WITH_PREFIX = new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(${TIME_UNITS_PATTERN})(?=\\W|$)`, "i");
var PATTERN_WITH_PREFIX_STRICT = new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(${TIME_UNITS_NO_ABBR_PATTERN})(?=\\W|$)`, "i");
var ENTimeUnitWithinFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  strictMode;
  constructor(strictMode) {
    super();
    this.strictMode = strictMode;
  }
  innerPattern(context) {
    if (this.strictMode) {
      return PATTERN_WITH_PREFIX_STRICT;
    }
    return context.option.forwardDate ? PATTERN_WITH_OPTIONAL_PREFIX : PATTERN_WITH_PREFIX;
  }
  innerExtract(context, match) {
    if (match[0].match(/^for\s*the\s*\w+/i)) {
      return null;
    }
    const timeUnits = parseDuration(match[1]);
    if (!timeUnits) {
      return null;
    }
    return ParsingComponents.createRelativeFromReference(context.reference, timeUnits);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENMonthNameLittleEndianParser.js
var PATTERN = new RegExp(`(?:on\\s{0,3})?(${ORDINAL_NUMBER_PATTERN})(?:\\s{0,3}(?:to|\\-|\\\u2013|until|through|till)\\s{0,3}(${ORDINAL_NUMBER_PATTERN}))?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${matchAnyPattern(MONTH_DICTIONARY)})(?:(?:-|/|,?\\s{0,3})(${YEAR_PATTERN}(?!\\w)))?(?=\\W|$)`, "i");
var DATE_GROUP = 1;
var DATE_TO_GROUP = 2;
var MONTH_NAME_GROUP = 3;
var YEAR_GROUP = 4;
var ENMonthNameLittleEndianParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN;
  }
  innerExtract(context, match) {
    const result = context.createParsingResult(match.index, match[0]);
    const month = MONTH_DICTIONARY[match[MONTH_NAME_GROUP].toLowerCase()];
    const day = parseOrdinalNumberPattern(match[DATE_GROUP]);
    if (day > 31) {
      match.index = match.index + match[DATE_GROUP].length;
      return null;
    }
    result.start.assign("month", month);
    result.start.assign("day", day);
    if (match[YEAR_GROUP]) {
      const yearNumber = parseYear(match[YEAR_GROUP]);
      result.start.assign("year", yearNumber);
    } else {
      const year = findYearClosestToRef(context.refDate, day, month);
      result.start.imply("year", year);
    }
    if (match[DATE_TO_GROUP]) {
      const endDate = parseOrdinalNumberPattern(match[DATE_TO_GROUP]);
      result.end = result.start.clone();
      result.end.assign("day", endDate);
    }
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENMonthNameMiddleEndianParser.js
var PATTERN2 = new RegExp(`(${matchAnyPattern(MONTH_DICTIONARY)})(?:-|/|\\s*,?\\s*)(${ORDINAL_NUMBER_PATTERN})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${ORDINAL_NUMBER_PATTERN})\\s*)?(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR_PATTERN}))?(?=\\W|$)(?!\\:\\d)`, "i");
var MONTH_NAME_GROUP2 = 1;
var DATE_GROUP2 = 2;
var DATE_TO_GROUP2 = 3;
var YEAR_GROUP2 = 4;
var ENMonthNameMiddleEndianParser = class extends AbstractParserWithWordBoundaryChecking {
  shouldSkipYearLikeDate;
  constructor(shouldSkipYearLikeDate) {
    super();
    this.shouldSkipYearLikeDate = shouldSkipYearLikeDate;
  }
  innerPattern() {
    return PATTERN2;
  }
  innerExtract(context, match) {
    const month = MONTH_DICTIONARY[match[MONTH_NAME_GROUP2].toLowerCase()];
    const day = parseOrdinalNumberPattern(match[DATE_GROUP2]);
    if (day > 31) {
      return null;
    }
    if (this.shouldSkipYearLikeDate) {
      if (!match[DATE_TO_GROUP2] && !match[YEAR_GROUP2] && match[DATE_GROUP2].match(/^\d{2}$/)) {
        return null;
      }
    }
    const components = context.createParsingComponents({
      day,
      month
    }).addTag("parser/ENMonthNameMiddleEndianParser");
    if (match[YEAR_GROUP2]) {
      const year = parseYear(match[YEAR_GROUP2]);
      components.assign("year", year);
    } else {
      const year = findYearClosestToRef(context.refDate, day, month);
      components.imply("year", year);
    }
    if (!match[DATE_TO_GROUP2]) {
      return components;
    }
    const endDate = parseOrdinalNumberPattern(match[DATE_TO_GROUP2]);
    const result = context.createParsingResult(match.index, match[0]);
    result.start = components;
    result.end = components.clone();
    result.end.assign("day", endDate);
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENMonthNameParser.js
var PATTERN3 = new RegExp(`((?:in)\\s*)?(${matchAnyPattern(MONTH_DICTIONARY)})\\s*(?:(?:,|-|of)?\\s*(${YEAR_PATTERN})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, "i");
var PREFIX_GROUP = 1;
var MONTH_NAME_GROUP3 = 2;
var YEAR_GROUP3 = 3;
var ENMonthNameParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN3;
  }
  innerExtract(context, match) {
    const monthName = match[MONTH_NAME_GROUP3].toLowerCase();
    if (match[0].length <= 3 && !FULL_MONTH_NAME_DICTIONARY[monthName]) {
      return null;
    }
    const result = context.createParsingResult(match.index + (match[PREFIX_GROUP] || "").length, match.index + match[0].length);
    result.start.imply("day", 1);
    result.start.addTag("parser/ENMonthNameParser");
    const month = MONTH_DICTIONARY[monthName];
    result.start.assign("month", month);
    if (match[YEAR_GROUP3]) {
      const year = parseYear(match[YEAR_GROUP3]);
      result.start.assign("year", year);
    } else {
      const year = findYearClosestToRef(context.refDate, 1, month);
      result.start.imply("year", year);
    }
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENYearMonthDayParser.js
var PATTERN4 = new RegExp(`([0-9]{4})[-\\.\\/\\s](?:(${matchAnyPattern(MONTH_DICTIONARY)})|([0-9]{1,2}))[-\\.\\/\\s]([0-9]{1,2})(?=\\W|$)`, "i");
var YEAR_NUMBER_GROUP = 1;
var MONTH_NAME_GROUP4 = 2;
var MONTH_NUMBER_GROUP = 3;
var DATE_NUMBER_GROUP = 4;
var ENYearMonthDayParser = class extends AbstractParserWithWordBoundaryChecking {
  strictMonthDateOrder;
  constructor(strictMonthDateOrder) {
    super();
    this.strictMonthDateOrder = strictMonthDateOrder;
  }
  innerPattern() {
    return PATTERN4;
  }
  innerExtract(context, match) {
    const year = parseInt(match[YEAR_NUMBER_GROUP]);
    let day = parseInt(match[DATE_NUMBER_GROUP]);
    let month = match[MONTH_NUMBER_GROUP] ? parseInt(match[MONTH_NUMBER_GROUP]) : MONTH_DICTIONARY[match[MONTH_NAME_GROUP4].toLowerCase()];
    if (month < 1 || month > 12) {
      if (this.strictMonthDateOrder) {
        return null;
      }
      if (day >= 1 && day <= 12) {
        [month, day] = [day, month];
      }
    }
    if (day < 1 || day > 31) {
      return null;
    }
    return {
      day,
      month,
      year
    };
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENYearMonthNameParser.js
var YEAR_PATTERN2 = `(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3})`;
var PATTERN5 = new RegExp(`(${YEAR_PATTERN2})(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)(${matchAnyPattern(MONTH_DICTIONARY)})(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, "i");
var YEAR_GROUP4 = 1;
var MONTH_NAME_GROUP5 = 2;
var ENYearMonthNameParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN5;
  }
  innerExtract(context, match) {
    const year = parseYear(match[YEAR_GROUP4]);
    const monthName = match[MONTH_NAME_GROUP5].toLowerCase();
    const month = MONTH_DICTIONARY[monthName];
    const result = context.createParsingResult(match.index, match[0]);
    result.start.imply("day", 1);
    result.start.assign("month", month);
    result.start.assign("year", year);
    result.start.addTag("parser/ENYearMonthNameParser");
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENSlashMonthFormatParser.js
var PATTERN6 = new RegExp("([0-9]|0[1-9]|1[012])/([0-9]{4})", "i");
var MONTH_GROUP = 1;
var YEAR_GROUP5 = 2;
var ENSlashMonthFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN6;
  }
  innerExtract(context, match) {
    if (/\d\/?$/.test(context.text.substring(0, match.index))) {
      return null;
    }
    const year = parseInt(match[YEAR_GROUP5]);
    const month = parseInt(match[MONTH_GROUP]);
    return context.createParsingComponents().imply("day", 1).assign("month", month).assign("year", year);
  }
};

// node_modules/chrono-node/dist/esm/common/parsers/AbstractTimeExpressionParser.js
function primaryTimePattern(leftBoundary, primaryPrefix, primarySuffix, flags) {
  return new RegExp(`${leftBoundary}${primaryPrefix}(\\d{1,4})(?:(?:\\.|:|\uFF1A)(\\d{1,2})(?:(?::|\uFF1A)(\\d{2})(?:\\.(\\d{1,6}))?)?)?(?:\\s*(a\\.m\\.|p\\.m\\.|am?|pm?))?${primarySuffix}`, flags);
}
function followingTimePatten(followingPhase, followingSuffix) {
  return new RegExp(`^(${followingPhase})(\\d{1,4})(?:(?:\\.|\\:|\\\uFF1A)(\\d{1,2})(?:(?:\\.|\\:|\\\uFF1A)(\\d{1,2})(?:\\.(\\d{1,6}))?)?)?(?:\\s*(a\\.m\\.|p\\.m\\.|am?|pm?))?${followingSuffix}`, "i");
}
var HOUR_GROUP = 2;
var MINUTE_GROUP = 3;
var SECOND_GROUP = 4;
var MILLI_SECOND_GROUP = 5;
var AM_PM_HOUR_GROUP = 6;
var AbstractTimeExpressionParser = class {
  strictMode;
  constructor(strictMode = false) {
    this.strictMode = strictMode;
  }
  patternFlags() {
    return "i";
  }
  primaryPatternLeftBoundary() {
    return `(^|\\s|T|\\b)`;
  }
  primarySuffix() {
    return `(?!/)(?=\\W|$)`;
  }
  followingSuffix() {
    return `(?!/)(?=\\W|$)`;
  }
  pattern(context) {
    return this.getPrimaryTimePatternThroughCache();
  }
  extract(context, match) {
    const startComponents = this.extractPrimaryTimeComponents(context, match);
    if (!startComponents) {
      if (match[0].match(/^\d{4}/)) {
        match.index += 4;
        return null;
      }
      match.index += match[0].length;
      return null;
    }
    const index = match.index + match[1].length;
    const text = match[0].substring(match[1].length);
    const result = context.createParsingResult(index, text, startComponents);
    match.index += match[0].length;
    const remainingText = context.text.substring(match.index);
    const followingPattern = this.getFollowingTimePatternThroughCache();
    const followingMatch = followingPattern.exec(remainingText);
    if (text.match(/^\d{3,4}/) && followingMatch) {
      if (followingMatch[0].match(/^\s*([+-])\s*\d{2,4}$/)) {
        return null;
      }
      if (followingMatch[0].match(/^\s*([+-])\s*\d{2}\W\d{2}/)) {
        return null;
      }
    }
    if (!followingMatch || followingMatch[0].match(/^\s*([+-])\s*\d{3,4}$/)) {
      return this.checkAndReturnWithoutFollowingPattern(result);
    }
    result.end = this.extractFollowingTimeComponents(context, followingMatch, result);
    if (result.end) {
      result.text += followingMatch[0];
    }
    return this.checkAndReturnWithFollowingPattern(result);
  }
  extractPrimaryTimeComponents(context, match, strict2 = false) {
    const components = context.createParsingComponents();
    let minute = 0;
    let meridiem = null;
    let hour = parseInt(match[HOUR_GROUP]);
    if (hour > 100) {
      if (match[HOUR_GROUP].length == 4 && match[MINUTE_GROUP] == null && !match[AM_PM_HOUR_GROUP]) {
        return null;
      }
      if (this.strictMode || match[MINUTE_GROUP] != null) {
        return null;
      }
      minute = hour % 100;
      hour = Math.floor(hour / 100);
    }
    if (hour > 24) {
      return null;
    }
    if (match[MINUTE_GROUP] != null) {
      if (match[MINUTE_GROUP].length == 1 && !match[AM_PM_HOUR_GROUP]) {
        return null;
      }
      minute = parseInt(match[MINUTE_GROUP]);
    }
    if (minute >= 60) {
      return null;
    }
    if (hour > 12) {
      meridiem = Meridiem.PM;
    }
    if (match[AM_PM_HOUR_GROUP] != null) {
      if (hour > 12)
        return null;
      const ampm = match[AM_PM_HOUR_GROUP][0].toLowerCase();
      if (ampm == "a") {
        meridiem = Meridiem.AM;
        if (hour == 12) {
          hour = 0;
        }
      }
      if (ampm == "p") {
        meridiem = Meridiem.PM;
        if (hour != 12) {
          hour += 12;
        }
      }
    }
    components.assign("hour", hour);
    components.assign("minute", minute);
    if (meridiem !== null) {
      components.assign("meridiem", meridiem);
    } else {
      if (hour < 12) {
        components.imply("meridiem", Meridiem.AM);
      } else {
        components.imply("meridiem", Meridiem.PM);
      }
    }
    if (match[MILLI_SECOND_GROUP] != null) {
      const millisecond = parseInt(match[MILLI_SECOND_GROUP].substring(0, 3));
      if (millisecond >= 1e3)
        return null;
      components.assign("millisecond", millisecond);
    }
    if (match[SECOND_GROUP] != null) {
      const second = parseInt(match[SECOND_GROUP]);
      if (second >= 60)
        return null;
      components.assign("second", second);
    }
    return components;
  }
  extractFollowingTimeComponents(context, match, result) {
    const components = context.createParsingComponents();
    if (match[MILLI_SECOND_GROUP] != null) {
      const millisecond = parseInt(match[MILLI_SECOND_GROUP].substring(0, 3));
      if (millisecond >= 1e3)
        return null;
      components.assign("millisecond", millisecond);
    }
    if (match[SECOND_GROUP] != null) {
      const second = parseInt(match[SECOND_GROUP]);
      if (second >= 60)
        return null;
      components.assign("second", second);
    }
    let hour = parseInt(match[HOUR_GROUP]);
    let minute = 0;
    let meridiem = -1;
    if (match[MINUTE_GROUP] != null) {
      minute = parseInt(match[MINUTE_GROUP]);
    } else if (hour > 100) {
      minute = hour % 100;
      hour = Math.floor(hour / 100);
    }
    if (minute >= 60 || hour > 24) {
      return null;
    }
    if (hour >= 12) {
      meridiem = Meridiem.PM;
    }
    if (match[AM_PM_HOUR_GROUP] != null) {
      if (hour > 12) {
        return null;
      }
      const ampm = match[AM_PM_HOUR_GROUP][0].toLowerCase();
      if (ampm == "a") {
        meridiem = Meridiem.AM;
        if (hour == 12) {
          hour = 0;
          if (!components.isCertain("day")) {
            components.addDurationAsImplied({ day: 1 });
          }
        }
      }
      if (ampm == "p") {
        meridiem = Meridiem.PM;
        if (hour != 12)
          hour += 12;
      }
      if (!result.start.isCertain("meridiem")) {
        if (meridiem == Meridiem.AM) {
          result.start.imply("meridiem", Meridiem.AM);
          if (result.start.get("hour") == 12) {
            result.start.assign("hour", 0);
          }
        } else {
          result.start.imply("meridiem", Meridiem.PM);
          if (result.start.get("hour") != 12) {
            result.start.assign("hour", result.start.get("hour") + 12);
          }
        }
      }
    }
    components.assign("hour", hour);
    components.assign("minute", minute);
    if (meridiem >= 0) {
      components.assign("meridiem", meridiem);
    } else {
      const startAtPM = result.start.isCertain("meridiem") && result.start.get("hour") > 12;
      if (startAtPM) {
        if (result.start.get("hour") - 12 > hour) {
          components.imply("meridiem", Meridiem.AM);
        } else if (hour <= 12) {
          components.assign("hour", hour + 12);
          components.assign("meridiem", Meridiem.PM);
        }
      } else if (hour > 12) {
        components.imply("meridiem", Meridiem.PM);
      } else if (hour <= 12) {
        components.imply("meridiem", Meridiem.AM);
      }
    }
    if (components.date().getTime() < result.start.date().getTime()) {
      components.addDurationAsImplied({ day: 1 });
    }
    return components;
  }
  checkAndReturnWithoutFollowingPattern(result) {
    if (result.text.match(/^\d$/)) {
      return null;
    }
    if (result.text.match(/^\d\d\d+$/)) {
      return null;
    }
    if (result.text.match(/\d[apAP]$/)) {
      return null;
    }
    const endingWithNumbers = result.text.match(/[^\d:.](\d[\d.]+)$/);
    if (endingWithNumbers) {
      const endingNumbers = endingWithNumbers[1];
      if (this.strictMode) {
        return null;
      }
      if (endingNumbers.includes(".") && !endingNumbers.match(/\d(\.\d{2})+$/)) {
        return null;
      }
      const endingNumberVal = parseInt(endingNumbers);
      if (endingNumberVal > 24) {
        return null;
      }
    }
    return result;
  }
  checkAndReturnWithFollowingPattern(result) {
    if (result.text.match(/^\d+-\d+$/)) {
      return null;
    }
    const endingWithNumbers = result.text.match(/[^\d:.](\d[\d.]+)\s*-\s*(\d[\d.]+)$/);
    if (endingWithNumbers) {
      if (this.strictMode) {
        return null;
      }
      const startingNumbers = endingWithNumbers[1];
      const endingNumbers = endingWithNumbers[2];
      if (endingNumbers.includes(".") && !endingNumbers.match(/\d(\.\d{2})+$/)) {
        return null;
      }
      const endingNumberVal = parseInt(endingNumbers);
      const startingNumberVal = parseInt(startingNumbers);
      if (endingNumberVal > 24 || startingNumberVal > 24) {
        return null;
      }
    }
    return result;
  }
  cachedPrimaryPrefix = null;
  cachedPrimarySuffix = null;
  cachedPrimaryTimePattern = null;
  getPrimaryTimePatternThroughCache() {
    const primaryPrefix = this.primaryPrefix();
    const primarySuffix = this.primarySuffix();
    if (this.cachedPrimaryPrefix === primaryPrefix && this.cachedPrimarySuffix === primarySuffix) {
      return this.cachedPrimaryTimePattern;
    }
    this.cachedPrimaryTimePattern = primaryTimePattern(this.primaryPatternLeftBoundary(), primaryPrefix, primarySuffix, this.patternFlags());
    this.cachedPrimaryPrefix = primaryPrefix;
    this.cachedPrimarySuffix = primarySuffix;
    return this.cachedPrimaryTimePattern;
  }
  cachedFollowingPhase = null;
  cachedFollowingSuffix = null;
  cachedFollowingTimePatten = null;
  getFollowingTimePatternThroughCache() {
    const followingPhase = this.followingPhase();
    const followingSuffix = this.followingSuffix();
    if (this.cachedFollowingPhase === followingPhase && this.cachedFollowingSuffix === followingSuffix) {
      return this.cachedFollowingTimePatten;
    }
    this.cachedFollowingTimePatten = followingTimePatten(followingPhase, followingSuffix);
    this.cachedFollowingPhase = followingPhase;
    this.cachedFollowingSuffix = followingSuffix;
    return this.cachedFollowingTimePatten;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENTimeExpressionParser.js
var ENTimeExpressionParser = class extends AbstractTimeExpressionParser {
  constructor(strictMode) {
    super(strictMode);
  }
  followingPhase() {
    return "\\s*(?:\\-|\\\u2013|\\~|\\\u301C|to|until|through|till|\\?)\\s*";
  }
  primaryPrefix() {
    return "(?:(?:at|from)\\s*)??";
  }
  primarySuffix() {
    return "(?:\\s*(?:o\\W*clock|at\\s*night|in\\s*the\\s*(?:morning|afternoon)))?(?!/)(?=\\W|$)";
  }
  extractPrimaryTimeComponents(context, match) {
    const components = super.extractPrimaryTimeComponents(context, match);
    if (!components) {
      return components;
    }
    if (match[0].endsWith("night")) {
      const hour = components.get("hour");
      if (hour >= 6 && hour < 12) {
        components.assign("hour", components.get("hour") + 12);
        components.assign("meridiem", Meridiem.PM);
      } else if (hour < 6) {
        components.assign("meridiem", Meridiem.AM);
      }
    }
    if (match[0].endsWith("afternoon")) {
      components.assign("meridiem", Meridiem.PM);
      const hour = components.get("hour");
      if (hour >= 0 && hour <= 6) {
        components.assign("hour", components.get("hour") + 12);
      }
    }
    if (match[0].endsWith("morning")) {
      components.assign("meridiem", Meridiem.AM);
      const hour = components.get("hour");
      if (hour < 12) {
        components.assign("hour", components.get("hour"));
      }
    }
    return components.addTag("parser/ENTimeExpressionParser");
  }
  extractFollowingTimeComponents(context, match, result) {
    const followingComponents = super.extractFollowingTimeComponents(context, match, result);
    if (followingComponents) {
      followingComponents.addTag("parser/ENTimeExpressionParser");
    }
    return followingComponents;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENTimeUnitAgoFormatParser.js
var PATTERN7 = new RegExp(`(${TIME_UNITS_PATTERN})\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, "i");
var STRICT_PATTERN = new RegExp(`(${TIME_UNITS_NO_ABBR_PATTERN})\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, "i");
var ENTimeUnitAgoFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  strictMode;
  constructor(strictMode) {
    super();
    this.strictMode = strictMode;
  }
  innerPattern() {
    return this.strictMode ? STRICT_PATTERN : PATTERN7;
  }
  innerExtract(context, match) {
    const duration = parseDuration(match[1]);
    if (!duration) {
      return null;
    }
    return ParsingComponents.createRelativeFromReference(context.reference, reverseDuration(duration));
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENTimeUnitLaterFormatParser.js
var PATTERN8 = new RegExp(`(${TIME_UNITS_PATTERN})\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))`, "i");
var STRICT_PATTERN2 = new RegExp(`(${TIME_UNITS_NO_ABBR_PATTERN})\\s{0,5}(later|after|from now)(?=\\W|$)`, "i");
var GROUP_NUM_TIMEUNITS = 1;
var ENTimeUnitLaterFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  strictMode;
  constructor(strictMode) {
    super();
    this.strictMode = strictMode;
  }
  innerPattern() {
    return this.strictMode ? STRICT_PATTERN2 : PATTERN8;
  }
  innerExtract(context, match) {
    const timeUnits = parseDuration(match[GROUP_NUM_TIMEUNITS]);
    if (!timeUnits) {
      return null;
    }
    return ParsingComponents.createRelativeFromReference(context.reference, timeUnits);
  }
};

// node_modules/chrono-node/dist/esm/common/abstractRefiners.js
var Filter = class {
  refine(context, results) {
    return results.filter((r) => this.isValid(context, r));
  }
};
var MergingRefiner = class {
  refine(context, results) {
    if (results.length < 2) {
      return results;
    }
    const mergedResults = [];
    let curResult = results[0];
    let nextResult = null;
    for (let i = 1; i < results.length; i++) {
      nextResult = results[i];
      const textBetween = context.text.substring(curResult.index + curResult.text.length, nextResult.index);
      if (!this.shouldMergeResults(textBetween, curResult, nextResult, context)) {
        mergedResults.push(curResult);
        curResult = nextResult;
      } else {
        const left = curResult;
        const right = nextResult;
        const mergedResult = this.mergeResults(textBetween, left, right, context);
        context.debug(() => {
          console.log(`${this.constructor.name} merged ${left} and ${right} into ${mergedResult}`);
        });
        curResult = mergedResult;
      }
    }
    if (curResult != null) {
      mergedResults.push(curResult);
    }
    return mergedResults;
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/AbstractMergeDateRangeRefiner.js
var AbstractMergeDateRangeRefiner = class extends MergingRefiner {
  shouldMergeResults(textBetween, currentResult, nextResult) {
    return !currentResult.end && !nextResult.end && textBetween.match(this.patternBetween()) != null;
  }
  mergeResults(textBetween, fromResult, toResult) {
    if (!fromResult.start.isOnlyWeekdayComponent() && !toResult.start.isOnlyWeekdayComponent()) {
      toResult.start.getCertainComponents().forEach((key) => {
        if (!fromResult.start.isCertain(key)) {
          fromResult.start.imply(key, toResult.start.get(key));
        }
      });
      fromResult.start.getCertainComponents().forEach((key) => {
        if (!toResult.start.isCertain(key)) {
          toResult.start.imply(key, fromResult.start.get(key));
        }
      });
    }
    if (fromResult.start.date() > toResult.start.date()) {
      let fromDate = fromResult.start.date();
      let toDate = toResult.start.date();
      if (toResult.start.isOnlyWeekdayComponent() && addDuration(toDate, { day: 7 }) > fromDate) {
        toDate = addDuration(toDate, { day: 7 });
        toResult.start.imply("day", toDate.getDate());
        toResult.start.imply("month", toDate.getMonth() + 1);
        toResult.start.imply("year", toDate.getFullYear());
      } else if (fromResult.start.isOnlyWeekdayComponent() && addDuration(fromDate, { day: -7 }) < toDate) {
        fromDate = addDuration(fromDate, { day: -7 });
        fromResult.start.imply("day", fromDate.getDate());
        fromResult.start.imply("month", fromDate.getMonth() + 1);
        fromResult.start.imply("year", fromDate.getFullYear());
      } else if (toResult.start.isDateWithUnknownYear() && addDuration(toDate, { year: 1 }) > fromDate) {
        toDate = addDuration(toDate, { year: 1 });
        toResult.start.imply("year", toDate.getFullYear());
      } else if (fromResult.start.isDateWithUnknownYear() && addDuration(fromDate, { year: -1 }) < toDate) {
        fromDate = addDuration(fromDate, { year: -1 });
        fromResult.start.imply("year", fromDate.getFullYear());
      } else {
        [toResult, fromResult] = [fromResult, toResult];
      }
    }
    const result = fromResult.clone();
    result.start = fromResult.start;
    result.end = toResult.start;
    result.index = Math.min(fromResult.index, toResult.index);
    if (fromResult.index < toResult.index) {
      result.text = fromResult.text + textBetween + toResult.text;
    } else {
      result.text = toResult.text + textBetween + fromResult.text;
    }
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENMergeDateRangeRefiner.js
var ENMergeDateRangeRefiner = class extends AbstractMergeDateRangeRefiner {
  patternBetween() {
    return /^\s*(to|-|–|until|through|till)\s*$/i;
  }
};

// node_modules/chrono-node/dist/esm/calculation/mergingCalculation.js
function mergeDateTimeResult(dateResult, timeResult) {
  const result = dateResult.clone();
  const beginDate = dateResult.start;
  const beginTime = timeResult.start;
  result.start = mergeDateTimeComponent(beginDate, beginTime);
  if (dateResult.end != null || timeResult.end != null) {
    const endDate = dateResult.end == null ? dateResult.start : dateResult.end;
    const endTime = timeResult.end == null ? timeResult.start : timeResult.end;
    const endDateTime = mergeDateTimeComponent(endDate, endTime);
    if (dateResult.end == null && endDateTime.date().getTime() < result.start.date().getTime()) {
      const nextDay = new Date(endDateTime.date().getTime());
      nextDay.setDate(nextDay.getDate() + 1);
      if (endDateTime.isCertain("day")) {
        assignSimilarDate(endDateTime, nextDay);
      } else {
        implySimilarDate(endDateTime, nextDay);
      }
    }
    result.end = endDateTime;
  }
  return result;
}
function mergeDateTimeComponent(dateComponent, timeComponent) {
  const dateTimeComponent = dateComponent.clone();
  if (timeComponent.isCertain("hour")) {
    dateTimeComponent.assign("hour", timeComponent.get("hour"));
    dateTimeComponent.assign("minute", timeComponent.get("minute"));
    if (timeComponent.isCertain("second")) {
      dateTimeComponent.assign("second", timeComponent.get("second"));
      if (timeComponent.isCertain("millisecond")) {
        dateTimeComponent.assign("millisecond", timeComponent.get("millisecond"));
      } else {
        dateTimeComponent.imply("millisecond", timeComponent.get("millisecond"));
      }
    } else {
      dateTimeComponent.imply("second", timeComponent.get("second"));
      dateTimeComponent.imply("millisecond", timeComponent.get("millisecond"));
    }
  } else {
    dateTimeComponent.imply("hour", timeComponent.get("hour"));
    dateTimeComponent.imply("minute", timeComponent.get("minute"));
    dateTimeComponent.imply("second", timeComponent.get("second"));
    dateTimeComponent.imply("millisecond", timeComponent.get("millisecond"));
  }
  if (timeComponent.isCertain("timezoneOffset")) {
    dateTimeComponent.assign("timezoneOffset", timeComponent.get("timezoneOffset"));
  }
  const dateHasMeaningfulMeridiem = dateComponent.get("meridiem") != null && (dateComponent.isCertain("meridiem") || Array.from(dateComponent.tags()).some((t) => t.startsWith("casualReference/")));
  if (timeComponent.isCertain("meridiem")) {
    dateTimeComponent.assign("meridiem", timeComponent.get("meridiem"));
  } else if (timeComponent.get("meridiem") != null && !dateHasMeaningfulMeridiem) {
    dateTimeComponent.imply("meridiem", timeComponent.get("meridiem"));
  }
  if (dateTimeComponent.get("meridiem") == Meridiem.PM && dateTimeComponent.get("hour") < 12) {
    if (timeComponent.isCertain("hour")) {
      dateTimeComponent.assign("hour", dateTimeComponent.get("hour") + 12);
    } else {
      dateTimeComponent.imply("hour", dateTimeComponent.get("hour") + 12);
    }
  }
  dateTimeComponent.addTags(dateComponent.tags());
  dateTimeComponent.addTags(timeComponent.tags());
  return dateTimeComponent;
}

// node_modules/chrono-node/dist/esm/common/refiners/AbstractMergeDateTimeRefiner.js
var AbstractMergeDateTimeRefiner = class extends MergingRefiner {
  shouldMergeResults(textBetween, currentResult, nextResult) {
    const isDateThenTime = currentResult.start.isOnlyDate() && nextResult.start.isOnlyTime();
    const isTimeThenDate = currentResult.start.isOnlyTime() && nextResult.start.isOnlyDate();
    if (isTimeThenDate && textBetween.trim() === ":") {
      return false;
    }
    return (isDateThenTime || isTimeThenDate) && textBetween.match(this.patternBetween()) != null;
  }
  mergeResults(textBetween, currentResult, nextResult) {
    const result = currentResult.start.isOnlyDate() ? mergeDateTimeResult(currentResult, nextResult) : mergeDateTimeResult(nextResult, currentResult);
    result.index = currentResult.index;
    result.text = currentResult.text + textBetween + nextResult.text;
    return result;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENMergeDateTimeRefiner.js
var ENMergeDateTimeRefiner = class extends AbstractMergeDateTimeRefiner {
  patternBetween() {
    return new RegExp("^\\s*(T|at|after|before|on|of|,|-|\\.|\u2219|:)?\\s*$");
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/ExtractTimezoneAbbrRefiner.js
var TIMEZONE_NAME_PATTERN = new RegExp("^\\s*,?\\s*\\(?([A-Z]{2,4})\\)?(?=\\W|$)", "i");
var ExtractTimezoneAbbrRefiner = class {
  timezoneOverrides;
  constructor(timezoneOverrides) {
    this.timezoneOverrides = timezoneOverrides;
  }
  refine(context, results) {
    const timezoneOverrides = context.option.timezones ?? {};
    results.forEach((result) => {
      const suffix = context.text.substring(result.index + result.text.length);
      const match = TIMEZONE_NAME_PATTERN.exec(suffix);
      if (!match) {
        return;
      }
      const timezoneAbbr = match[1].toUpperCase();
      const refDate = result.start.date() ?? result.refDate ?? /* @__PURE__ */ new Date();
      const tzOverrides = { ...this.timezoneOverrides, ...timezoneOverrides };
      const extractedTimezoneOffset = toTimezoneOffset(timezoneAbbr, refDate, tzOverrides);
      if (extractedTimezoneOffset == null) {
        return;
      }
      context.debug(() => {
        console.log(`Extracting timezone: '${timezoneAbbr}' into: ${extractedTimezoneOffset} for: ${result.start}`);
      });
      const currentTimezoneOffset = result.start.get("timezoneOffset");
      if (currentTimezoneOffset !== null && extractedTimezoneOffset != currentTimezoneOffset) {
        if (result.start.isCertain("timezoneOffset")) {
          return;
        }
        if (timezoneAbbr != match[1]) {
          return;
        }
      }
      if (result.start.isOnlyDate()) {
        if (timezoneAbbr != match[1]) {
          return;
        }
      }
      result.text += match[0];
      if (!result.start.isCertain("timezoneOffset")) {
        result.start.assign("timezoneOffset", extractedTimezoneOffset);
      }
      if (result.end != null && !result.end.isCertain("timezoneOffset")) {
        result.end.assign("timezoneOffset", extractedTimezoneOffset);
      }
    });
    return results;
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/ExtractTimezoneOffsetRefiner.js
var TIMEZONE_OFFSET_PATTERN = new RegExp("^\\s*(?:\\(?(?:GMT|UTC)\\s?)?([+-])(\\d{1,2})(?::?(\\d{2}))?\\)?", "i");
var TIMEZONE_OFFSET_SIGN_GROUP = 1;
var TIMEZONE_OFFSET_HOUR_OFFSET_GROUP = 2;
var TIMEZONE_OFFSET_MINUTE_OFFSET_GROUP = 3;
var ExtractTimezoneOffsetRefiner = class {
  refine(context, results) {
    results.forEach(function(result) {
      if (result.start.isCertain("timezoneOffset")) {
        return;
      }
      const suffix = context.text.substring(result.index + result.text.length);
      const match = TIMEZONE_OFFSET_PATTERN.exec(suffix);
      if (!match) {
        return;
      }
      context.debug(() => {
        console.log(`Extracting timezone: '${match[0]}' into : ${result}`);
      });
      const hourOffset = parseInt(match[TIMEZONE_OFFSET_HOUR_OFFSET_GROUP]);
      const minuteOffset = parseInt(match[TIMEZONE_OFFSET_MINUTE_OFFSET_GROUP] || "0");
      let timezoneOffset = hourOffset * 60 + minuteOffset;
      if (timezoneOffset > 14 * 60) {
        return;
      }
      if (match[TIMEZONE_OFFSET_SIGN_GROUP] === "-") {
        timezoneOffset = -timezoneOffset;
      }
      if (result.end != null) {
        result.end.assign("timezoneOffset", timezoneOffset);
      }
      result.start.assign("timezoneOffset", timezoneOffset);
      result.text += match[0];
    });
    return results;
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/OverlapRemovalRefiner.js
var OverlapRemovalRefiner = class {
  refine(context, results) {
    if (results.length < 2) {
      return results;
    }
    const filteredResults = [];
    let prevResult = results[0];
    for (let i = 1; i < results.length; i++) {
      const result = results[i];
      if (result.index >= prevResult.index + prevResult.text.length) {
        filteredResults.push(prevResult);
        prevResult = result;
        continue;
      }
      let kept = null;
      let removed = null;
      if (result.text.length > prevResult.text.length) {
        kept = result;
        removed = prevResult;
      } else {
        kept = prevResult;
        removed = result;
      }
      context.debug(() => {
        console.log(`${this.constructor.name} remove ${removed} by ${kept}`);
      });
      prevResult = kept;
    }
    if (prevResult != null) {
      filteredResults.push(prevResult);
    }
    return filteredResults;
  }
};

// node_modules/chrono-node/dist/esm/calculation/weekdays.js
function createParsingComponentsAtWeekday(reference, weekday, modifier) {
  const refDate = reference.getDateWithAdjustedTimezone();
  const daysToWeekday = getDaysToWeekday(refDate, weekday, modifier);
  let components = new ParsingComponents(reference);
  components = components.addDurationAsImplied({ day: daysToWeekday });
  components.assign("weekday", weekday);
  return components;
}
function getDaysToWeekday(refDate, weekday, modifier) {
  const refWeekday = refDate.getDay();
  switch (modifier) {
    case "this":
      return getDaysForwardToWeekday(refDate, weekday);
    case "last":
      return getBackwardDaysToWeekday(refDate, weekday);
    case "next":
      if (refWeekday == Weekday.SUNDAY) {
        return weekday == Weekday.SUNDAY ? 7 : weekday;
      }
      if (refWeekday == Weekday.SATURDAY) {
        if (weekday == Weekday.SATURDAY)
          return 7;
        if (weekday == Weekday.SUNDAY)
          return 8;
        return 1 + weekday;
      }
      if (weekday < refWeekday && weekday != Weekday.SUNDAY) {
        return getDaysForwardToWeekday(refDate, weekday);
      } else {
        return getDaysForwardToWeekday(refDate, weekday) + 7;
      }
  }
  return getDaysToWeekdayClosest(refDate, weekday);
}
function getDaysToWeekdayClosest(refDate, weekday) {
  const backward = getBackwardDaysToWeekday(refDate, weekday);
  const forward2 = getDaysForwardToWeekday(refDate, weekday);
  return forward2 < -backward ? forward2 : backward;
}
function getDaysForwardToWeekday(refDate, weekday) {
  const refWeekday = refDate.getDay();
  let forwardCount = weekday - refWeekday;
  if (forwardCount < 0) {
    forwardCount += 7;
  }
  return forwardCount;
}
function getBackwardDaysToWeekday(refDate, weekday) {
  const refWeekday = refDate.getDay();
  let backwardCount = weekday - refWeekday;
  if (backwardCount >= 0) {
    backwardCount -= 7;
  }
  return backwardCount;
}

// node_modules/chrono-node/dist/esm/common/refiners/ForwardDateRefiner.js
var ForwardDateRefiner = class {
  refine(context, results) {
    if (!context.option.forwardDate) {
      return results;
    }
    results.forEach((result) => {
      let refDate = context.reference.getDateWithAdjustedTimezone();
      if (result.start.isOnlyTime() && context.reference.instant > result.start.date()) {
        const refDate2 = context.reference.getDateWithAdjustedTimezone();
        const refFollowingDay = new Date(refDate2);
        refFollowingDay.setDate(refFollowingDay.getDate() + 1);
        implySimilarDate(result.start, refFollowingDay);
        context.debug(() => {
          console.log(`${this.constructor.name} adjusted ${result} time from the ref date (${refDate2}) to the following day (${refFollowingDay})`);
        });
        if (result.end && result.end.isOnlyTime()) {
          implySimilarDate(result.end, refFollowingDay);
          if (result.start.date() > result.end.date()) {
            refFollowingDay.setDate(refFollowingDay.getDate() + 1);
            implySimilarDate(result.end, refFollowingDay);
          }
        }
      }
      if (result.start.isOnlyWeekdayComponent() && refDate > result.start.date()) {
        let daysToAdd = getDaysForwardToWeekday(refDate, result.start.get("weekday")) || 7;
        const forwardedWeekday = addDuration(refDate, { day: daysToAdd });
        implySimilarDate(result.start, forwardedWeekday);
        context.debug(() => {
          console.log(`${this.constructor.name} adjusted ${result} weekday (${result.start})`);
        });
        if (result.end && result.start.date() > result.end.date()) {
          let daysToAdd2 = getDaysForwardToWeekday(refDate, result.start.get("weekday")) || 7;
          const forwardedWeekday2 = addDuration(refDate, { day: daysToAdd2 });
          implySimilarDate(result.end, forwardedWeekday2);
          context.debug(() => {
            console.log(`${this.constructor.name} adjusted ${result} weekday (${result.end})`);
          });
        }
      }
      if (result.start.isDateWithUnknownYear() && refDate > result.start.date()) {
        for (let i = 0; i < 3 && refDate > result.start.date(); i++) {
          result.start.imply("year", result.start.get("year") + 1);
          context.debug(() => {
            console.log(`${this.constructor.name} adjusted ${result} year (${result.start})`);
          });
          if (result.end && !result.end.isCertain("year")) {
            result.end.imply("year", result.end.get("year") + 1);
            context.debug(() => {
              console.log(`${this.constructor.name} adjusted ${result} month (${result.start})`);
            });
          }
        }
      }
    });
    return results;
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/UnlikelyFormatFilter.js
var UnlikelyFormatFilter = class extends Filter {
  strictMode;
  constructor(strictMode) {
    super();
    this.strictMode = strictMode;
  }
  isValid(context, result) {
    if (result.text.replace(" ", "").match(/^\d*(\.\d*)?$/)) {
      context.debug(() => {
        console.log(`Removing unlikely result '${result.text}'`);
      });
      return false;
    }
    if (!result.start.isValidDate()) {
      context.debug(() => {
        console.log(`Removing invalid result: ${result} (${result.start})`);
      });
      return false;
    }
    if (result.end && !result.end.isValidDate()) {
      context.debug(() => {
        console.log(`Removing invalid result: ${result} (${result.end})`);
      });
      return false;
    }
    if (this.strictMode) {
      return this.isStrictModeValid(context, result);
    }
    return true;
  }
  isStrictModeValid(context, result) {
    if (result.start.isOnlyWeekdayComponent()) {
      context.debug(() => {
        console.log(`(Strict) Removing weekday only component: ${result} (${result.end})`);
      });
      return false;
    }
    return true;
  }
};

// node_modules/chrono-node/dist/esm/common/parsers/ISOFormatParser.js
var PATTERN9 = new RegExp("([0-9]{4})\\-([0-9]{1,2})\\-([0-9]{1,2})(?:T([0-9]{1,2}):([0-9]{1,2})(?::([0-9]{1,2})(?:\\.(\\d{1,4}))?)?(Z|([+-]\\d{2}):?(\\d{2})?)?)?(?=\\W|$)", "i");
var YEAR_NUMBER_GROUP2 = 1;
var MONTH_NUMBER_GROUP2 = 2;
var DATE_NUMBER_GROUP2 = 3;
var HOUR_NUMBER_GROUP = 4;
var MINUTE_NUMBER_GROUP = 5;
var SECOND_NUMBER_GROUP = 6;
var MILLISECOND_NUMBER_GROUP = 7;
var TZD_GROUP = 8;
var TZD_HOUR_OFFSET_GROUP = 9;
var TZD_MINUTE_OFFSET_GROUP = 10;
var ISOFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN9;
  }
  innerExtract(context, match) {
    const components = context.createParsingComponents({
      "year": parseInt(match[YEAR_NUMBER_GROUP2]),
      "month": parseInt(match[MONTH_NUMBER_GROUP2]),
      "day": parseInt(match[DATE_NUMBER_GROUP2])
    });
    if (match[HOUR_NUMBER_GROUP] != null) {
      components.assign("hour", parseInt(match[HOUR_NUMBER_GROUP]));
      components.assign("minute", parseInt(match[MINUTE_NUMBER_GROUP]));
      if (match[SECOND_NUMBER_GROUP] != null) {
        components.assign("second", parseInt(match[SECOND_NUMBER_GROUP]));
      }
      if (match[MILLISECOND_NUMBER_GROUP] != null) {
        components.assign("millisecond", parseInt(match[MILLISECOND_NUMBER_GROUP]));
      }
      if (match[TZD_GROUP] != null) {
        let offset = 0;
        if (match[TZD_HOUR_OFFSET_GROUP]) {
          const hourOffset = parseInt(match[TZD_HOUR_OFFSET_GROUP]);
          let minuteOffset = 0;
          if (match[TZD_MINUTE_OFFSET_GROUP] != null) {
            minuteOffset = parseInt(match[TZD_MINUTE_OFFSET_GROUP]);
          }
          offset = hourOffset * 60;
          if (offset < 0) {
            offset -= minuteOffset;
          } else {
            offset += minuteOffset;
          }
        }
        components.assign("timezoneOffset", offset);
      }
    }
    return components.addTag("parser/ISOFormatParser");
  }
};

// node_modules/chrono-node/dist/esm/common/refiners/MergeWeekdayComponentRefiner.js
var MergeWeekdayComponentRefiner = class extends MergingRefiner {
  mergeResults(textBetween, currentResult, nextResult) {
    const newResult = nextResult.clone();
    newResult.index = currentResult.index;
    newResult.text = currentResult.text + textBetween + newResult.text;
    newResult.start.assign("weekday", currentResult.start.get("weekday"));
    if (newResult.end) {
      newResult.end.assign("weekday", currentResult.start.get("weekday"));
    }
    return newResult;
  }
  shouldMergeResults(textBetween, currentResult, nextResult) {
    const weekdayThenNormalDate = currentResult.start.isOnlyWeekdayComponent() && !currentResult.start.isCertain("hour") && nextResult.start.isCertain("day") && !nextResult.start.tags().has("result/relativeDate");
    return weekdayThenNormalDate && textBetween.match(/^,?\s*$/) != null;
  }
};

// node_modules/chrono-node/dist/esm/configurations.js
function includeCommonConfiguration(configuration2, strictMode = false) {
  configuration2.parsers.unshift(new ISOFormatParser());
  configuration2.refiners.unshift(new MergeWeekdayComponentRefiner());
  configuration2.refiners.unshift(new ExtractTimezoneOffsetRefiner());
  configuration2.refiners.unshift(new OverlapRemovalRefiner());
  configuration2.refiners.push(new ExtractTimezoneAbbrRefiner());
  configuration2.refiners.push(new OverlapRemovalRefiner());
  configuration2.refiners.push(new ForwardDateRefiner());
  configuration2.refiners.push(new UnlikelyFormatFilter(strictMode));
  return configuration2;
}

// node_modules/chrono-node/dist/esm/common/casualReferences.js
function now(reference) {
  const targetDate = reference.getDateWithAdjustedTimezone();
  const component = new ParsingComponents(reference, {});
  assignSimilarDate(component, targetDate);
  assignSimilarTime(component, targetDate);
  component.assign("timezoneOffset", reference.getTimezoneOffset());
  component.addTag("casualReference/now");
  return component;
}
function today(reference) {
  const targetDate = reference.getDateWithAdjustedTimezone();
  const component = new ParsingComponents(reference, {});
  assignSimilarDate(component, targetDate);
  implySimilarTime(component, targetDate);
  component.delete("meridiem");
  component.addTag("casualReference/today");
  return component;
}
function yesterday(reference) {
  return theDayBefore(reference, 1).addTag("casualReference/yesterday");
}
function tomorrow(reference) {
  return theDayAfter(reference, 1).addTag("casualReference/tomorrow");
}
function theDayBefore(reference, numDay) {
  return theDayAfter(reference, -numDay);
}
function theDayAfter(reference, nDays) {
  const targetDate = reference.getDateWithAdjustedTimezone();
  const component = new ParsingComponents(reference, {});
  const newDate = new Date(targetDate.getTime());
  newDate.setDate(newDate.getDate() + nDays);
  assignSimilarDate(component, newDate);
  implySimilarTime(component, newDate);
  component.delete("meridiem");
  return component;
}
function tonight(reference, implyHour = 22) {
  const targetDate = reference.getDateWithAdjustedTimezone();
  const component = new ParsingComponents(reference, {});
  assignSimilarDate(component, targetDate);
  component.imply("hour", implyHour);
  component.imply("meridiem", Meridiem.PM);
  component.addTag("casualReference/tonight");
  return component;
}
function evening(reference, implyHour = 20) {
  const component = new ParsingComponents(reference, {});
  component.imply("meridiem", Meridiem.PM);
  component.imply("hour", implyHour);
  component.addTag("casualReference/evening");
  return component;
}
function midnight(reference) {
  const component = new ParsingComponents(reference, {});
  if (reference.getDateWithAdjustedTimezone().getHours() > 2) {
    component.addDurationAsImplied({ day: 1 });
  }
  component.assign("hour", 0);
  component.imply("minute", 0);
  component.imply("second", 0);
  component.imply("millisecond", 0);
  component.addTag("casualReference/midnight");
  return component;
}
function morning(reference, implyHour = 6) {
  const component = new ParsingComponents(reference, {});
  component.imply("meridiem", Meridiem.AM);
  component.imply("hour", implyHour);
  component.imply("minute", 0);
  component.imply("second", 0);
  component.imply("millisecond", 0);
  component.addTag("casualReference/morning");
  return component;
}
function afternoon(reference, implyHour = 15) {
  const component = new ParsingComponents(reference, {});
  component.imply("meridiem", Meridiem.PM);
  component.imply("hour", implyHour);
  component.imply("minute", 0);
  component.imply("second", 0);
  component.imply("millisecond", 0);
  component.addTag("casualReference/afternoon");
  return component;
}
function noon(reference) {
  const component = new ParsingComponents(reference, {});
  component.imply("meridiem", Meridiem.AM);
  component.assign("hour", 12);
  component.imply("minute", 0);
  component.imply("second", 0);
  component.imply("millisecond", 0);
  component.addTag("casualReference/noon");
  return component;
}

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENCasualDateParser.js
var PATTERN10 = /(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)/i;
var ENCasualDateParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern(context) {
    return PATTERN10;
  }
  innerExtract(context, match) {
    let targetDate = context.refDate;
    const lowerText = match[0].toLowerCase();
    let component = context.createParsingComponents();
    switch (lowerText) {
      case "now":
        component = now(context.reference);
        break;
      case "today":
        component = today(context.reference);
        break;
      case "yesterday":
        component = yesterday(context.reference);
        break;
      case "tomorrow":
      case "tmr":
      case "tmrw":
        component = tomorrow(context.reference);
        break;
      case "tonight":
        component = tonight(context.reference);
        break;
      case "overmorrow":
        component = theDayAfter(context.reference, 2);
        break;
      default:
        if (lowerText.match(/last\s*night/)) {
          if (targetDate.getHours() > 6) {
            const previousDay = new Date(targetDate.getTime());
            previousDay.setDate(previousDay.getDate() - 1);
            targetDate = previousDay;
          }
          assignSimilarDate(component, targetDate);
          component.imply("hour", 0);
        }
        break;
    }
    component.addTag("parser/ENCasualDateParser");
    return component;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENCasualTimeParser.js
var PATTERN11 = /(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)/i;
var ENCasualTimeParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN11;
  }
  innerExtract(context, match) {
    let component = null;
    switch (match[1].toLowerCase()) {
      case "afternoon":
        component = afternoon(context.reference);
        break;
      case "evening":
      case "night":
        component = evening(context.reference);
        break;
      case "midnight":
        component = midnight(context.reference);
        break;
      case "morning":
        component = morning(context.reference);
        break;
      case "noon":
      case "midday":
        component = noon(context.reference);
        break;
    }
    if (component) {
      component.addTag("parser/ENCasualTimeParser");
    }
    return component;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENWeekdayParser.js
var PATTERN12 = new RegExp(`(?:(?:\\,|\\(|\\\uFF08)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?(${matchAnyPattern(WEEKDAY_DICTIONARY)}|weekend|weekday)(?:\\s*(?:\\,|\\)|\\\uFF09))?(?:\\s*(?:of\\s*)?(this|last|past|next)\\s*week)?(?=\\W|$)`, "i");
var PREFIX_GROUP2 = 1;
var WEEKDAY_GROUP = 2;
var POSTFIX_GROUP = 3;
var ENWeekdayParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN12;
  }
  innerExtract(context, match) {
    const prefix = match[PREFIX_GROUP2];
    const postfix = match[POSTFIX_GROUP];
    let modifierWord = prefix || postfix;
    modifierWord = modifierWord || "";
    modifierWord = modifierWord.toLowerCase();
    let modifier = null;
    if (modifierWord == "last" || modifierWord == "past") {
      modifier = "last";
    } else if (modifierWord == "next") {
      modifier = "next";
    } else if (modifierWord == "this") {
      modifier = "this";
    }
    const weekday_word = match[WEEKDAY_GROUP].toLowerCase();
    let weekday;
    if (WEEKDAY_DICTIONARY[weekday_word] !== void 0) {
      weekday = WEEKDAY_DICTIONARY[weekday_word];
    } else if (weekday_word == "weekend") {
      weekday = modifier == "last" ? Weekday.SUNDAY : Weekday.SATURDAY;
    } else if (weekday_word == "weekday") {
      const refWeekday = context.reference.getDateWithAdjustedTimezone().getDay();
      if (refWeekday == Weekday.SUNDAY || refWeekday == Weekday.SATURDAY) {
        weekday = modifier == "last" ? Weekday.FRIDAY : Weekday.MONDAY;
      } else {
        weekday = refWeekday - 1;
        weekday = modifier == "last" ? weekday - 1 : weekday + 1;
        weekday = weekday % 5 + 1;
      }
    } else {
      return null;
    }
    return createParsingComponentsAtWeekday(context.reference, weekday, modifier);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENRelativeDateFormatParser.js
var PATTERN13 = new RegExp(`(this|last|past|next|after\\s*this)\\s*(${matchAnyPattern(TIME_UNIT_DICTIONARY)})(?=\\s*)(?=\\W|$)`, "i");
var MODIFIER_WORD_GROUP = 1;
var RELATIVE_WORD_GROUP = 2;
var ENRelativeDateFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN13;
  }
  innerExtract(context, match) {
    const modifier = match[MODIFIER_WORD_GROUP].toLowerCase();
    const unitWord = match[RELATIVE_WORD_GROUP].toLowerCase();
    const timeunit = TIME_UNIT_DICTIONARY[unitWord];
    if (modifier == "next" || modifier.startsWith("after")) {
      const timeUnits = {};
      timeUnits[timeunit] = 1;
      return ParsingComponents.createRelativeFromReference(context.reference, timeUnits);
    }
    if (modifier == "last" || modifier == "past") {
      const timeUnits = {};
      timeUnits[timeunit] = -1;
      return ParsingComponents.createRelativeFromReference(context.reference, timeUnits);
    }
    const components = context.createParsingComponents();
    let date = new Date(context.reference.instant.getTime());
    if (unitWord.match(/week/i)) {
      date.setDate(date.getDate() - date.getDay());
      components.imply("day", date.getDate());
      components.imply("month", date.getMonth() + 1);
      components.imply("year", date.getFullYear());
    } else if (unitWord.match(/month/i)) {
      date.setDate(1);
      components.imply("day", date.getDate());
      components.assign("year", date.getFullYear());
      components.assign("month", date.getMonth() + 1);
    } else if (unitWord.match(/year/i)) {
      date.setDate(1);
      date.setMonth(0);
      components.imply("day", date.getDate());
      components.imply("month", date.getMonth() + 1);
      components.assign("year", date.getFullYear());
    }
    return components;
  }
};

// node_modules/chrono-node/dist/esm/common/parsers/SlashDateFormatParser.js
var PATTERN14 = new RegExp("([^\\d]|^)([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})(?:[\\/\\.\\-]([0-9]{4}|[0-9]{2}))?(\\W|$)", "i");
var OPENING_GROUP = 1;
var ENDING_GROUP = 5;
var FIRST_NUMBERS_GROUP = 2;
var SECOND_NUMBERS_GROUP = 3;
var YEAR_GROUP6 = 4;
var SlashDateFormatParser = class {
  groupNumberMonth;
  groupNumberDay;
  constructor(littleEndian) {
    this.groupNumberMonth = littleEndian ? SECOND_NUMBERS_GROUP : FIRST_NUMBERS_GROUP;
    this.groupNumberDay = littleEndian ? FIRST_NUMBERS_GROUP : SECOND_NUMBERS_GROUP;
  }
  pattern() {
    return PATTERN14;
  }
  extract(context, match) {
    const index = match.index + match[OPENING_GROUP].length;
    const indexEnd = match.index + match[0].length - match[ENDING_GROUP].length;
    if (index > 0) {
      const textBefore = context.text.substring(0, index);
      if (textBefore.match("\\d/?$")) {
        return;
      }
    }
    if (indexEnd < context.text.length) {
      const textAfter = context.text.substring(indexEnd);
      if (textAfter.match("^/?\\d")) {
        return;
      }
    }
    const text = context.text.substring(index, indexEnd);
    if (text.match(/^\d\.\d$/) || text.match(/^\d\.\d{1,2}\.\d{1,2}\s*$/)) {
      return;
    }
    if (!match[YEAR_GROUP6] && text.indexOf("/") < 0) {
      return;
    }
    const result = context.createParsingResult(index, text);
    let month = parseInt(match[this.groupNumberMonth]);
    let day = parseInt(match[this.groupNumberDay]);
    if (month < 1 || month > 12) {
      if (month > 12) {
        if (day >= 1 && day <= 12 && month <= 31) {
          [day, month] = [month, day];
        } else {
          return null;
        }
      }
    }
    if (day < 1 || day > 31) {
      return null;
    }
    result.start.assign("day", day);
    result.start.assign("month", month);
    if (match[YEAR_GROUP6]) {
      const rawYearNumber = parseInt(match[YEAR_GROUP6]);
      const year = findMostLikelyADYear(rawYearNumber);
      result.start.assign("year", year);
    } else {
      const year = findYearClosestToRef(context.refDate, day, month);
      result.start.imply("year", year);
    }
    return result.addTag("parser/SlashDateFormatParser");
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENTimeUnitCasualRelativeFormatParser.js
var PATTERN15 = new RegExp(`(this|last|past|next|after|\\+|-)\\s*(${TIME_UNITS_PATTERN})(?=\\W|$)`, "i");
var PATTERN_NO_ABBR = new RegExp(`(this|last|past|next|after|\\+|-)\\s*(${TIME_UNITS_NO_ABBR_PATTERN})(?=\\W|$)`, "i");
var ENTimeUnitCasualRelativeFormatParser = class extends AbstractParserWithWordBoundaryChecking {
  allowAbbreviations;
  constructor(allowAbbreviations = true) {
    super();
    this.allowAbbreviations = allowAbbreviations;
  }
  innerPattern() {
    return this.allowAbbreviations ? PATTERN15 : PATTERN_NO_ABBR;
  }
  innerExtract(context, match) {
    const prefix = match[1].toLowerCase();
    let duration = parseDuration(match[2]);
    if (!duration) {
      return null;
    }
    switch (prefix) {
      case "last":
      case "past":
      case "-":
        duration = reverseDuration(duration);
        break;
    }
    return ParsingComponents.createRelativeFromReference(context.reference, duration);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENMergeRelativeAfterDateRefiner.js
function IsPositiveFollowingReference(result) {
  return result.text.match(/^[+-]/i) != null;
}
function IsNegativeFollowingReference(result) {
  return result.text.match(/^-/i) != null;
}
var ENMergeRelativeAfterDateRefiner = class extends MergingRefiner {
  shouldMergeResults(textBetween, currentResult, nextResult) {
    if (!textBetween.match(/^\s*$/i)) {
      return false;
    }
    return IsPositiveFollowingReference(nextResult) || IsNegativeFollowingReference(nextResult);
  }
  mergeResults(textBetween, currentResult, nextResult, context) {
    let timeUnits = parseDuration(nextResult.text);
    if (IsNegativeFollowingReference(nextResult)) {
      timeUnits = reverseDuration(timeUnits);
    }
    const components = ParsingComponents.createRelativeFromReference(ReferenceWithTimezone.fromDate(currentResult.start.date()), timeUnits);
    return new ParsingResult(currentResult.reference, currentResult.index, `${currentResult.text}${textBetween}${nextResult.text}`, components);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENMergeRelativeFollowByDateRefiner.js
function hasImpliedEarlierReferenceDate(result) {
  return result.text.match(/\s+(before|from)$/i) != null;
}
function hasImpliedLaterReferenceDate(result) {
  return result.text.match(/\s+(after|since)$/i) != null;
}
var ENMergeRelativeFollowByDateRefiner = class extends MergingRefiner {
  patternBetween() {
    return /^\s*$/i;
  }
  shouldMergeResults(textBetween, currentResult, nextResult) {
    if (!textBetween.match(this.patternBetween())) {
      return false;
    }
    if (!hasImpliedEarlierReferenceDate(currentResult) && !hasImpliedLaterReferenceDate(currentResult)) {
      return false;
    }
    return !!nextResult.start.get("day") && !!nextResult.start.get("month") && !!nextResult.start.get("year");
  }
  mergeResults(textBetween, currentResult, nextResult) {
    let duration = parseDuration(currentResult.text);
    if (hasImpliedEarlierReferenceDate(currentResult)) {
      duration = reverseDuration(duration);
    }
    const components = ParsingComponents.createRelativeFromReference(ReferenceWithTimezone.fromDate(nextResult.start.date()), duration);
    return new ParsingResult(nextResult.reference, currentResult.index, `${currentResult.text}${textBetween}${nextResult.text}`, components);
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENExtractYearSuffixRefiner.js
var YEAR_SUFFIX_PATTERN = new RegExp(`^\\s*(${YEAR_PATTERN})`, "i");
var YEAR_GROUP7 = 1;
var ENExtractYearSuffixRefiner = class {
  refine(context, results) {
    results.forEach(function(result) {
      if (!result.start.isDateWithUnknownYear()) {
        return;
      }
      const suffix = context.text.substring(result.index + result.text.length);
      const match = YEAR_SUFFIX_PATTERN.exec(suffix);
      if (!match) {
        return;
      }
      if (match[0].trim().length <= 3) {
        return;
      }
      context.debug(() => {
        console.log(`Extracting year: '${match[0]}' into : ${result}`);
      });
      const year = parseYear(match[YEAR_GROUP7]);
      if (result.end != null) {
        result.end.assign("year", year);
      }
      result.start.assign("year", year);
      result.text += match[0];
    });
    return results;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENUnlikelyFormatFilter.js
var ENUnlikelyFormatFilter = class extends Filter {
  constructor() {
    super();
  }
  isValid(context, result) {
    const text = result.text.trim();
    if (text === context.text.trim()) {
      return true;
    }
    if (text.toLowerCase() === "may") {
      const textBefore = context.text.substring(0, result.index).trim();
      if (!textBefore.match(/\b(in)$/i)) {
        context.debug(() => {
          console.log(`Removing unlikely result: ${result}`);
        });
        return false;
      }
    }
    if (text.toLowerCase().endsWith("the second")) {
      const textAfter = context.text.substring(result.index + result.text.length).trim();
      if (textAfter.length > 0) {
        context.debug(() => {
          console.log(`Removing unlikely result: ${result}`);
        });
      }
      return false;
    }
    return true;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/refiners/ENEndOfPeriodRefiner.js
var PREFIX_PATTERN = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
var RELATIVE_PERIOD_PATTERN = /^(this|last|past|next)\s*(week|month|year)$/i;
var RELATIVE_YEAR_SUFFIX_PATTERN = /^\s+(this|last|past|next)\s+year(?=\W|$)/i;
function modifierOffset(modifier) {
  return modifier === "next" ? 1 : modifier === "last" || modifier === "past" ? -1 : 0;
}
var ENEndOfPeriodRefiner = class {
  refine(context, results) {
    results.forEach((result) => {
      const prefix = context.text.substring(0, result.index).match(PREFIX_PATTERN);
      if (!prefix) {
        return;
      }
      const relativePeriod = result.text.match(RELATIVE_PERIOD_PATTERN);
      if (relativePeriod) {
        const modifier = relativePeriod[1].toLowerCase();
        this.moveToEndOfRelativePeriod(context, result, modifier, relativePeriod[2].toLowerCase());
      } else if (result.start.isCertain("month") && !result.start.isCertain("day")) {
        this.moveToEndOfMonth(context, result);
      } else {
        return;
      }
      result.start.imply("hour", 12);
      result.start.imply("minute", 0);
      result.start.imply("second", 0);
      result.start.imply("millisecond", 0);
      if (!result.start.isCertain("timezoneOffset")) {
        result.start.delete("timezoneOffset");
      }
      result.index -= prefix[0].length;
      result.text = prefix[0] + result.text;
      result.addTag("refiner/ENEndOfPeriodRefiner");
    });
    return results;
  }
  moveToEndOfRelativePeriod(context, result, modifier, period) {
    const offset = modifierOffset(modifier);
    const referenceDate = context.reference.getDateWithAdjustedTimezone();
    let lastDay;
    if (period === "week") {
      lastDay = new Date(referenceDate.getTime());
      lastDay.setDate(referenceDate.getDate() + (6 - referenceDate.getDay()) + offset * 7);
    } else if (period === "month") {
      lastDay = new Date(referenceDate.getFullYear(), referenceDate.getMonth() + offset + 1, 0);
    } else {
      lastDay = new Date(referenceDate.getFullYear() + offset, 11, 31);
    }
    result.start.assign("day", lastDay.getDate());
    result.start.assign("month", lastDay.getMonth() + 1);
    result.start.assign("year", lastDay.getFullYear());
    result.start.delete("weekday");
    result.start.imply("weekday", lastDay.getDay());
  }
  moveToEndOfMonth(context, result) {
    let year = result.start.get("year");
    const month = result.start.get("month");
    const suffix = context.text.substring(result.index + result.text.length).match(RELATIVE_YEAR_SUFFIX_PATTERN);
    if (suffix) {
      const modifier = suffix[1].toLowerCase();
      const referenceYear = context.reference.getDateWithAdjustedTimezone().getFullYear();
      year = referenceYear + modifierOffset(modifier);
      result.start.assign("year", year);
      result.text += suffix[0];
    }
    if (!result.start.isCertain("year")) {
      const lastDayInReferenceYear = new Date(year, month, 0).getDate();
      year = findYearClosestToRef(context.reference.getDateWithAdjustedTimezone(), lastDayInReferenceYear, month);
      result.start.imply("year", year);
    }
    result.start.assign("day", new Date(year, month, 0).getDate());
  }
};

// node_modules/chrono-node/dist/esm/locales/en/parsers/ENEndOfCurrentMonthParser.js
var PATTERN16 = /(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)/i;
var ENEndOfCurrentMonthParser = class extends AbstractParserWithWordBoundaryChecking {
  innerPattern() {
    return PATTERN16;
  }
  innerExtract(context) {
    const targetDate = context.reference.getDateWithAdjustedTimezone();
    const year = targetDate.getFullYear();
    const month = targetDate.getMonth() + 1;
    const lastDay = new Date(year, month, 0).getDate();
    const components = context.createParsingComponents();
    components.assign("day", lastDay);
    components.assign("month", month);
    components.assign("year", year);
    components.addTag("parser/ENEndOfCurrentMonthParser");
    return components;
  }
};

// node_modules/chrono-node/dist/esm/locales/en/configuration.js
var ENDefaultConfiguration = class {
  createCasualConfiguration(littleEndian = false) {
    const option = this.createConfiguration(false, littleEndian);
    option.parsers.push(new ENCasualDateParser());
    option.parsers.push(new ENCasualTimeParser());
    option.parsers.push(new ENEndOfCurrentMonthParser());
    option.parsers.push(new ENMonthNameParser());
    option.parsers.push(new ENRelativeDateFormatParser());
    option.parsers.push(new ENTimeUnitCasualRelativeFormatParser());
    option.refiners.unshift(new ENEndOfPeriodRefiner());
    option.refiners.push(new ENUnlikelyFormatFilter());
    return option;
  }
  createConfiguration(strictMode = true, littleEndian = false) {
    const options = includeCommonConfiguration({
      parsers: [
        new SlashDateFormatParser(littleEndian),
        new ENTimeUnitWithinFormatParser(strictMode),
        new ENMonthNameLittleEndianParser(),
        new ENMonthNameMiddleEndianParser(littleEndian),
        new ENWeekdayParser(),
        new ENSlashMonthFormatParser(),
        new ENTimeExpressionParser(strictMode),
        new ENTimeUnitAgoFormatParser(strictMode),
        new ENTimeUnitLaterFormatParser(strictMode),
        new ENYearMonthNameParser()
      ],
      refiners: [new ENMergeDateTimeRefiner()]
    }, strictMode);
    options.parsers.unshift(new ENYearMonthDayParser(strictMode));
    options.refiners.unshift(new ENMergeRelativeFollowByDateRefiner());
    options.refiners.unshift(new ENMergeRelativeAfterDateRefiner());
    options.refiners.unshift(new OverlapRemovalRefiner());
    options.refiners.push(new ENMergeDateTimeRefiner());
    options.refiners.push(new ENExtractYearSuffixRefiner());
    options.refiners.push(new ENMergeDateRangeRefiner());
    return options;
  }
};

// node_modules/chrono-node/dist/esm/chrono.js
var Chrono = class _Chrono {
  parsers;
  refiners;
  defaultConfig = new ENDefaultConfiguration();
  constructor(configuration2) {
    configuration2 = configuration2 || this.defaultConfig.createCasualConfiguration();
    this.parsers = [...configuration2.parsers];
    this.refiners = [...configuration2.refiners];
  }
  clone() {
    return new _Chrono({
      parsers: [...this.parsers],
      refiners: [...this.refiners]
    });
  }
  parseDate(text, referenceDate, option) {
    const results = this.parse(text, referenceDate, option);
    return results.length > 0 ? results[0].start.date() : null;
  }
  parse(text, referenceDate, option) {
    const context = new ParsingContext(text, referenceDate, option);
    let results = [];
    this.parsers.forEach((parser2) => {
      const parsedResults = _Chrono.executeParser(context, parser2);
      results = results.concat(parsedResults);
    });
    results.sort((a, b) => {
      return a.index - b.index;
    });
    this.refiners.forEach(function(refiner) {
      results = refiner.refine(context, results);
    });
    return results;
  }
  static executeParser(context, parser2) {
    const results = [];
    const pattern = parser2.pattern(context);
    const originalText = context.text;
    let remainingText = context.text;
    let match = pattern.exec(remainingText);
    while (match) {
      const index = match.index + originalText.length - remainingText.length;
      match.index = index;
      const result = parser2.extract(context, match);
      if (!result) {
        remainingText = originalText.substring(match.index + 1);
        match = pattern.exec(remainingText);
        continue;
      }
      let parsedResult = null;
      if (result instanceof ParsingResult) {
        parsedResult = result;
      } else if (result instanceof ParsingComponents) {
        parsedResult = context.createParsingResult(match.index, match[0]);
        parsedResult.start = result;
      } else {
        parsedResult = context.createParsingResult(match.index, match[0], result);
      }
      const parsedIndex = parsedResult.index;
      const parsedText = parsedResult.text;
      context.debug(() => console.log(`${parser2.constructor.name} extracted (at index=${parsedIndex}) '${parsedText}'`));
      results.push(parsedResult);
      remainingText = originalText.substring(parsedIndex + parsedText.length);
      match = pattern.exec(remainingText);
    }
    return results;
  }
};
var ParsingContext = class {
  text;
  option;
  reference;
  refDate;
  constructor(text, refDate, option) {
    this.text = text;
    this.option = option ?? {};
    this.reference = ReferenceWithTimezone.fromInput(refDate, this.option.timezones);
    this.refDate = this.reference.instant;
  }
  createParsingComponents(components) {
    if (components instanceof ParsingComponents) {
      return components;
    }
    return new ParsingComponents(this.reference, components);
  }
  createParsingResult(index, textOrEndIndex, startComponents, endComponents) {
    const text = typeof textOrEndIndex === "string" ? textOrEndIndex : this.text.substring(index, textOrEndIndex);
    const start = startComponents ? this.createParsingComponents(startComponents) : null;
    const end = endComponents ? this.createParsingComponents(endComponents) : null;
    return new ParsingResult(this.reference, index, text, start, end);
  }
  debug(block) {
    if (this.option.debug) {
      if (this.option.debug instanceof Function) {
        this.option.debug(block);
      } else {
        const handler = this.option.debug;
        handler.debug(block);
      }
    }
  }
};

// node_modules/chrono-node/dist/esm/locales/en/index.js
var configuration = new ENDefaultConfiguration();
var casual = new Chrono(configuration.createCasualConfiguration(false));
var strict = new Chrono(configuration.createConfiguration(true, false));
var GB = new Chrono(configuration.createCasualConfiguration(true));
function parse(text, ref, option) {
  return casual.parse(text, ref, option);
}
function parseDate(text, ref, option) {
  return casual.parseDate(text, ref, option);
}

// src/core/dates/chronoExtractor.ts
var NOT_FOR_CHRONO = ["today", "yesterday", "at 5pm", "this morning", "in 20 years", "20 years ago", "20 years later", "past 20 years", "last month", "end of the month"];
var NEEDS_REFINING = ["The talks on October 20-21 ended.", "They met on Tuesday, October 12, 2021.", "from August 15 to August 31, 2021", "on Sept. 11, 2001."];
function buildParser() {
  const config = en_exports.configuration.createCasualConfiguration(false);
  const probeRef = new Date(Date.UTC(2021, 9, 13, 12));
  const read = (c, probe) => JSON.stringify(new Chrono(c).parse(probe, probeRef).map((r) => [r.index, r.text]));
  const parsers = config.parsers.filter((p) => !NOT_FOR_CHRONO.some((probe) => read({ parsers: [p], refiners: [] }, probe) !== "[]"));
  const refiners = config.refiners.filter(
    (r) => NEEDS_REFINING.some((probe) => read({ parsers, refiners: [r] }, probe) !== read({ parsers, refiners: [] }, probe))
  );
  return new Chrono({ parsers, refiners });
}
var parser = buildParser();
var OPTIONS = { forwardDate: false };
var UNDATED_REFERENCE = new Date(Date.UTC(2e3, 0, 1, 12));
var SEPARATOR = "\n;\n";
function chronoCandidates(ctx) {
  const windows2 = ctx.windows.chrono;
  if (windows2.length === 0) return [];
  const joinedStarts = [];
  let joined2 = "";
  for (const w of windows2) {
    if (joined2) joined2 += SEPARATOR;
    joinedStarts.push(joined2.length);
    joined2 += ctx.text.slice(w.start, w.end);
  }
  const instant = ctx.article.docDate ? /* @__PURE__ */ new Date(`${ctx.article.docDate}T12:00:00Z`) : UNDATED_REFERENCE;
  const out = [];
  let k = 0;
  for (const r of parser.parse(joined2, { instant, timezone: 0 }, OPTIONS)) {
    while (k + 1 < windows2.length && joinedStarts[k + 1] <= r.index) k++;
    const w = windows2[k];
    const offset = w.start - joinedStarts[k];
    if (r.index + offset < w.start || r.index + r.text.length + offset > w.end) continue;
    const c = toCandidate2(r, offset);
    if (c) out.push(c);
  }
  return out;
}
function toCandidate2(r, offset) {
  const start = offset + r.index;
  const end = start + r.text.length;
  const from = fields(r.start);
  if (!from) {
    if (!r.start.isCertain("weekday")) return null;
    const weekday = r.start.get("weekday") ?? 0;
    const m = /\b(last|past|next|this)\b/i.exec(r.text);
    const word = m?.[1].toLowerCase();
    const modifier = word === "past" ? "last" : word;
    return { start, end, kind: "date", spec: { type: "weekday", weekday, modifier } };
  }
  const to = r.end ? fields(r.end) ?? void 0 : void 0;
  return { start, end, kind: "date", spec: { type: "calendar", from, to } };
}
function fields(c) {
  if (!c.isCertain("month")) {
    return c.isCertain("year") ? { year: c.get("year") ?? void 0 } : null;
  }
  return {
    year: c.isCertain("year") ? c.get("year") ?? void 0 : void 0,
    month: c.get("month") ?? void 0,
    day: c.isCertain("day") ? c.get("day") ?? void 0 : void 0
  };
}

// src/core/dates/calendar.ts
var WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var UNKNOWN_YEAR = 2001;
function dayNumber(d) {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 864e5);
}
function fromDayNumber(n) {
  const t = new Date(n * 864e5);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
function weekdayOf(n) {
  return ((n + 4) % 7 + 7) % 7;
}
function parseIsoDay(iso) {
  return { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) };
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
function formatYear(year) {
  return year === void 0 ? "XXXX" : pad(year, 4);
}
function formatMonth(year, month) {
  return `${formatYear(year)}-${pad(month)}`;
}
function formatDay(d) {
  return `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
}
function formatWeekOf(n) {
  const monday = n - (weekdayOf(n) + 6) % 7;
  return `${formatDay(fromDayNumber(monday))}/${formatDay(fromDayNumber(monday + 6))}`;
}
function addMonths(year, month, offset) {
  const m = year * 12 + (month - 1) + offset;
  return { year: Math.floor(m / 12), month: m % 12 + 1 };
}

// src/core/data/dates.json
var dates_default = {
  chronoTriggers: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "/"],
  unitTriggers: ["day", "week", "month", "year", "decade", "centur", "hour", "night", "tomorrow", "mid", "early", "late", "Yesterday", "Tomorrow", "Early", "Late", "Mid", "Decade", "Centur", "Sep", "/", "end of", "beginning of", "start of", "middle of"],
  numberWords: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 },
  vagueExpressions: ["today", "now", "right now", "tonight", "currently", "recently", "previously", "this morning", "this afternoon", "this evening"],
  countNouns: ["people", "persons", "troops", "soldiers", "civilians", "refugees", "afghans", "families", "children", "women", "men", "evacuees", "personnel", "fighters", "militants", "members", "staff", "workers", "dollars", "euros", "pounds", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tonnes", "tons", "cases", "deaths", "votes", "seats", "words", "pages", "students", "girls", "boys", "citizens", "nationals", "visas", "flights", "vehicles", "weapons", "rifles", "aircraft", "planes", "million", "billion", "thousand", "percent", "per"],
  nameFollowers: ["Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Tribune", "Mail", "Star", "Club", "Street", "Avenue", "Road", "Square", "Mosque", "Prayers", "School", "Agreement", "Accord", "Revolution", "Offensive", "Movement", "Group"]
};

// src/core/dates/prefilter.ts
var YEAR_LIKE = /[12]\d{3}/g;
var CHRONO_REACH = { before: 24, after: 40 };
var UNIT_REACH = { before: 40, after: 28 };
function triggerWindows(text, sentences, from) {
  const chronoHits = literalHits(text, dates_default.chronoTriggers, from);
  const unitHits = literalHits(text, dates_default.unitTriggers, from);
  YEAR_LIKE.lastIndex = from;
  for (let m = YEAR_LIKE.exec(text); m; m = YEAR_LIKE.exec(text)) unitHits.push(m.index);
  return {
    chrono: windows(text, sentences, chronoHits, CHRONO_REACH),
    units: windows(text, sentences, unitHits, UNIT_REACH)
  };
}
function literalHits(text, words, from) {
  const hits = [];
  for (const w of words) {
    for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, i + w.length)) hits.push(i);
  }
  return hits;
}
function windows(text, sentences, hits, reach) {
  const out = [];
  hits.sort((a, b) => a - b);
  let s = 0;
  for (const hit of hits) {
    while (s < sentences.length && sentences[s].end <= hit) s++;
    if (s >= sentences.length) break;
    const sentence = sentences[s];
    if (sentence.start > hit) continue;
    let start = Math.max(sentence.start, hit - reach.before);
    let end = Math.min(sentence.end, hit + reach.after);
    while (start > sentence.start && !isSpace2(text.charCodeAt(start - 1))) start--;
    while (end < sentence.end && !isSpace2(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end && last.end <= sentence.end && last.start >= sentence.start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

// src/core/dates/context.ts
function createContext(article) {
  const sentences = article.sentences;
  const fallback = { start: 0, end: article.text.length, paragraph: 0 };
  return {
    article,
    text: article.text,
    windows: triggerWindows(article.text, sentences, article.header ? article.header.end : 0),
    docDay: article.docDate ? dayNumber(parseIsoDay(article.docDate)) : null,
    sentenceAt(offset) {
      let lo = 0;
      let hi = sentences.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (sentences[mid].start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found < 0 ? fallback : sentences[found];
    }
  };
}

// src/core/dates/scan.ts
function scan(ctx, pattern, read) {
  const out = [];
  for (const s of ctx.windows.units) {
    const slice = ctx.text.slice(s.start, s.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      m.index += s.start;
      const c = read(m);
      if (c) out.push(c);
    }
  }
  return out;
}

// src/core/dates/words.ts
var NUMBER_WORDS = dates_default.numberWords;
var COUNT = `(?:\\d{1,3}|(?:${Object.keys(dates_default.numberWords).filter((w) => w.length > 2).join("|")})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|an?)`;
function countValue(word) {
  if (/^\d+$/.test(word)) return +word;
  const parts = word.toLowerCase().split("-");
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === void 0) return null;
    n += v;
  }
  return n;
}
var MONTHS = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
};
var MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
function monthNumber(name) {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}
var VAGUE = new Set(dates_default.vagueExpressions);
var COUNT_NOUNS = new Set(dates_default.countNouns);
var NAME_FOLLOWERS = new Set(dates_default.nameFollowers);

// src/core/dates/durationExtractor.ts
var DESIGNATOR = {
  century: [100, "Y"],
  decade: [10, "Y"],
  year: [1, "Y"],
  month: [1, "M"],
  week: [1, "W"],
  day: [1, "D"],
  hour: [1, "H"]
};
var COUNTED = new RegExp(`\\b(${COUNT})(?:\\s+|-)(century|centuries|decades?|years?|months?|weeks?|days?|hours?)\\b(?!-old|\\s+old\\b)`, "gi");
var VAGUE2 = /\b(?:(?:several|many|a\s+few)\s+(?:decades|years|months|weeks)|decades|centuries)\b/gi;
var FREQUENCY = /\b(?:once|twice|times|per)\s+$/i;
function durationCandidates(ctx) {
  return [
    ...scan(ctx, COUNTED, (m) => {
      const n = countValue(m[1]);
      const unit = m[2].toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
      const isArticle = /^an?$/i.test(m[1]);
      if (n === null || isArticle && (unit === "day" || unit === "hour")) return null;
      if (isArticle && FREQUENCY.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const [factor, designator] = DESIGNATOR[unit];
      const value = designator === "H" ? `PT${n}H` : `P${n * factor}${designator}`;
      return { start: m.index, end: m.index + m[0].length, kind: "duration", spec: { type: "fixed", value } };
    }),
    ...scan(ctx, VAGUE2, (m) => ({ start: m.index, end: m.index + m[0].length, kind: "duration", spec: { type: "fixed", value: null } }))
  ];
}

// src/core/dates/refiners/falsePositiveFilter.ts
var AMBIGUOUS_MONTH = /^(?:May|March|June|April)$/;
var FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
var MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;
var PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|from|of|early|mid|late|last|next|this|through|to|before|after|during|between|and|or)\s*$/i;
function falsePositiveFilter(ctx, candidates) {
  return candidates.filter((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (VAGUE.has(text.toLowerCase())) return false;
    const spec = c.spec;
    if (spec.type === "weekday" && !FULL_WEEKDAY.test(text)) return false;
    if (spec.type === "calendar" && /^[a-z]/.test(MONTH_WORD.exec(text)?.[0] ?? "")) return false;
    const next = /^\s+([A-Z][a-z]+)/.exec(ctx.text.slice(c.end, c.end + 20));
    if (next && NAME_FOLLOWERS.has(next[1])) return false;
    if (spec.type === "calendar" && spec.from.day === void 0 && spec.from.year === void 0 && AMBIGUOUS_MONTH.test(text)) {
      const before2 = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      if (!PREPOSITION_BEFORE.test(before2)) return false;
    }
    return true;
  });
}

// src/core/dates/refiners/overlapRemovalRefiner.ts
function overlapRemovalRefiner(candidates) {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept = [];
  for (const { c } of ranked) {
    if (c.end <= c.start) continue;
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// src/core/dates/tense.ts
var FUTURE = /\b(?:will|shall|won't|'ll|’ll|going to|(?:is|are|was|were) (?:due|set|expected|slated|scheduled|planned|to be)|scheduled|planned|planning|plans? to|upcoming|coming|next|later this|would)\b/i;
var PAST = /\b(?:\w{2,}ed|was|were|had|did|took|met|said|came|began|fell|left|went|made|gave|held|told|saw|won|fled|sought|brought|flew|ran|led|spoke|became|lost|chose|stood|sent|spent|paid|wrote|ago|last)\b/i;
var CLAUSE_BOUNDARY = /[,;:()–—"“”]|\s-\s/g;
var ONLY_PREPOSITION = /^\W*(?:\b(?:on|in|at|by|from|since|until|during|of|for|before|after|early|late|mid|and|but|then|so|also)\b\W*)*$/i;
function tenseAt(text, sentence, span) {
  const left = text.slice(clauseStart(text, sentence.start, span.start), span.start);
  if (!ONLY_PREPOSITION.test(left)) return cue(left);
  return cue(text.slice(span.end, clauseEnd(text, span.end, sentence.end)));
}
function cue(clause) {
  if (FUTURE.test(clause)) return "future";
  return PAST.test(clause) ? "past" : "unknown";
}
function clauseStart(text, from, to) {
  const window = text.slice(from, to);
  let start = from;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(window); m; m = CLAUSE_BOUNDARY.exec(window)) start = from + m.index + m[0].length;
  return start;
}
function clauseEnd(text, from, to) {
  let start = from;
  while (start < to && /[\s,;:()–—"“”-]/.test(text[start])) start++;
  const window = text.slice(start, to);
  CLAUSE_BOUNDARY.lastIndex = 0;
  const m = CLAUSE_BOUNDARY.exec(window);
  return m ? start + m.index : to;
}

// src/core/dates/refiners/resolveRefiner.ts
function resolveRefiner(ctx, candidates) {
  for (const c of candidates) {
    const tense = () => tenseAt(ctx.text, ctx.sentenceAt(c.start), c);
    c.value = resolve(c.spec, ctx.docDay, tense);
    if (c.spec.type === "weekday") c.weekday = WEEKDAY_NAMES[c.spec.weekday];
  }
  return candidates;
}
function resolve(spec, doc, tense) {
  switch (spec.type) {
    case "fixed":
      return spec.value;
    case "shift":
      return null;
    case "calendar":
      return resolveCalendar(spec.from, spec.to, doc, tense);
    case "weekday":
      return doc === null ? null : formatDay(fromDayNumber(resolveWeekday(spec.weekday, spec.modifier, doc, tense)));
    case "relative":
      return doc === null ? null : resolveRelative(spec.unit, spec.offset, doc);
  }
}
function resolveWeekday(weekday, modifier, doc, tense) {
  const back = (weekdayOf(doc) - weekday + 7) % 7;
  const forward2 = (weekday - weekdayOf(doc) + 7) % 7;
  if (modifier === "last") return doc - (back || 7);
  if (modifier === "next") return doc + (forward2 || 7);
  return tense() === "future" ? doc + forward2 : doc - back;
}
function resolveRelative(unit, offset, doc) {
  const today2 = fromDayNumber(doc);
  switch (unit) {
    case "day":
      return formatDay(fromDayNumber(doc + offset));
    case "week":
      return formatWeekOf(doc + 7 * offset);
    case "weekend": {
      const monday = doc + 7 * offset - (weekdayOf(doc) + 6) % 7;
      return `${formatDay(fromDayNumber(monday + 5))}/${formatDay(fromDayNumber(monday + 6))}`;
    }
    case "month": {
      const m = addMonths(today2.year, today2.month, offset);
      return formatMonth(m.year, m.month);
    }
    case "year":
      return formatYear(today2.year + offset);
  }
}
function resolveCalendar(from, to, doc, tense) {
  const start = withYear(from, doc, tense);
  const first = format(start);
  if (!to || first === null) return first;
  const end = { year: to.year ?? start.year, month: to.month ?? start.month, day: to.day ?? (to.month === void 0 ? start.day : void 0) };
  const last = format(end);
  return last === null || last === first ? first : `${first}/${last}`;
}
function withYear(f, doc, tense) {
  if (f.year !== void 0 || f.month === void 0 || doc === null) return f;
  const today2 = fromDayNumber(doc);
  const sameYear = f.day === void 0 ? (f.month - today2.month) * 31 : dayNumber({ year: today2.year, month: f.month, day: f.day }) - doc;
  if (sameYear === 0) return { ...f, year: today2.year };
  const t = tense();
  const halfYear = f.day === void 0 ? 6 * 31 : 183;
  if (sameYear < 0 && (t === "future" || t === "unknown" && sameYear < -halfYear)) return { ...f, year: today2.year + 1 };
  if (sameYear > 0 && (t === "past" || t === "unknown" && sameYear > halfYear)) return { ...f, year: today2.year - 1 };
  return { ...f, year: today2.year };
}
function format(f) {
  if (f.month === void 0) return f.year === void 0 ? null : formatYear(f.year);
  if (f.day === void 0) return formatMonth(f.year, f.month);
  return formatDay({ year: f.year, month: f.month, day: f.day });
}

// src/core/dates/refiners/shiftRefiner.ts
var DAY_VALUE = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;
function shiftRefiner(ctx, candidates) {
  candidates.forEach((c, i) => {
    if (c.spec.type !== "shift") return;
    const sentence = ctx.sentenceAt(c.start);
    const anchor = candidates.slice(i + 1).find((a) => a.start < sentence.end && DAY_VALUE.test(a.value ?? ""));
    const m = anchor ? DAY_VALUE.exec(anchor.value ?? "") : null;
    if (!m) return;
    const known = m[1] !== "XXXX";
    const year = known ? +m[1] : UNKNOWN_YEAR;
    let day = { year, month: +m[2], day: +m[3] };
    const { amount, unit } = c.spec;
    if (unit === "day" || unit === "week") day = fromDayNumber(dayNumber(day) + amount * (unit === "week" ? 7 : 1));
    else {
      const moved = addMonths(day.year, day.month, unit === "month" ? amount : amount * 12);
      day = { ...moved, day: day.day };
    }
    c.value = formatDay(known ? day : { month: day.month, day: day.day });
  });
  return candidates;
}

// src/core/dates/refiners/trimRefiner.ts
var LEADING = /^(?:[\s,(（]+|(?:on|in|at|by|of|since|until|from|during)\s+)+/i;
var TRAILING = /[\s,)）.]+$/;
function trimRefiner(ctx, candidates) {
  for (const c of candidates) {
    const text = ctx.text.slice(c.start, c.end);
    const lead = LEADING.exec(text);
    if (lead && lead[0].length < text.length) c.start += lead[0].length;
    const rest = ctx.text.slice(c.start, c.end);
    const trail = TRAILING.exec(rest);
    if (trail && trail[0].length < rest.length) {
      const keepDot = /\b[A-Z][a-z]{2,3}\.$/.test(rest);
      if (!keepDot) c.end -= trail[0].length;
    }
  }
  return candidates;
}

// src/core/dates/relativeExtractor.ts
var OFFSET = { last: -1, past: -1, previous: -1, this: 0, the: 0, next: 1, coming: 1 };
var PERIOD = /\b(?:(?:early|mid|late|earlier|later)[\s-]+)?(last|this|next)\s+(week|weekend|month|year)\b/gi;
var WITHIN_PERIOD = /\b(?:earlier|later|early|late)\s+(?:in\s+)?(this|the|that)\s+(week|month|year)\b/gi;
var PART_OF = new RegExp(`\\b(?:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+(?:(${MONTH_NAME})(?:,?\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d)(?!s))(?![\\w-])`, "g");
var EDGE_OF_PERIOD = /\bthe\s+(?:end|beginning|start|middle)\s+of\s+(last|this|the|next)\s+(week|month|year)\b/gi;
var DAY_WORD = /\b(yesterday|tomorrow|last night)\b/gi;
var COUNTED2 = new RegExp(`\\b(${COUNT})\\s+(day|week|month|year|decade)s?\\s+(ago|before|after|later|earlier)\\b`, "gi");
var NARRATIVE = /\bthe\s+(?:following|previous|next)\s+(?:day|week|weekend|month|year)\b/gi;
function relativeCandidates(ctx) {
  return [
    ...scan(ctx, PERIOD, (m) => relative(m, m[2].toLowerCase(), OFFSET[m[1].toLowerCase()])),
    ...scan(
      ctx,
      WITHIN_PERIOD,
      (m) => m[1].toLowerCase() === "that" ? fixed(m, null) : relative(m, m[2].toLowerCase(), 0)
    ),
    ...scan(ctx, PART_OF, (m) => {
      const month = m[1] ? monthNumber(m[1]) : void 0;
      const year = m[2] ?? m[3];
      return { start: m.index, end: m.index + m[0].length, kind: "date", spec: { type: "calendar", from: { year: year ? +year : void 0, month } } };
    }),
    ...scan(ctx, EDGE_OF_PERIOD, (m) => relative(m, m[2].toLowerCase(), OFFSET[m[1].toLowerCase()])),
    ...scan(ctx, DAY_WORD, (m) => relative(m, "day", m[1].toLowerCase() === "tomorrow" ? 1 : -1)),
    ...scan(ctx, COUNTED2, counted),
    ...scan(ctx, NARRATIVE, (m) => fixed(m, null))
  ];
}
function relative(m, unit, offset) {
  return { start: m.index, end: m.index + m[0].length, kind: "date", spec: { type: "relative", unit, offset } };
}
function fixed(m, value) {
  return { start: m.index, end: m.index + m[0].length, kind: "date", spec: { type: "fixed", value } };
}
function counted(m) {
  const n = countValue(m[1]);
  if (n === null) return null;
  const word = m[2].toLowerCase();
  const unit = word === "decade" ? "year" : word;
  const amount = word === "decade" ? n * 10 : n;
  const direction = m[3].toLowerCase();
  const start = m.index;
  const end = m.index + m[0].length;
  if (direction === "ago") return { start, end, kind: "date", spec: { type: "relative", unit, offset: -amount } };
  const sign = direction === "before" || direction === "earlier" ? -1 : 1;
  return { start, end, kind: "date", spec: { type: "shift", amount: sign * amount, unit } };
}

// src/core/dates/yearExtractor.ts
var YEAR_RANGE = /\b((?:19|20)\d\d)\s?[-–]\s?((?:19|20)?\d\d)\b(?![-/.]\d)/g;
var DECADE = /\b((?:19|20)\d)0s\b/g;
var YEAR = /\b((?:19|20)\d\d)\b(?![-–/.,:]?\d|%|\s?(?:per\s?cent|percent))/g;
var NUMBER_BEFORE = /(?:[$€£#¥]|\b(?:than|some|about|around|approximately|nearly|almost|roughly|over|under|least|resolution|no\.|number|flight|route|article|top|of\s+the)\s*)$/i;
var NINE_ELEVEN = /\b9\/11\b(?!\/)|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:(?:terror|terrorist|al-Qaeda)\s+)?attacks?\b)/g;
function yearCandidates(ctx) {
  const text = ctx.text;
  const span = (m, value) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "date",
    spec: { type: "fixed", value }
  });
  return [
    ...scan(ctx, YEAR_RANGE, (m) => {
      const from = +m[1];
      const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + +m[2] : +m[2];
      return to > from ? span(m, `${from}/${to}`) : null;
    }),
    ...scan(ctx, DECADE, (m) => span(m, `${m[1]}X`)),
    ...scan(ctx, YEAR, (m) => isNumber(text, m.index, m.index + m[0].length) ? null : span(m, m[1])),
    ...scan(ctx, NINE_ELEVEN, (m) => span(m, "2001-09-11"))
  ];
}
function isNumber(text, start, end) {
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (/\d[,.]$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  return next !== null && COUNT_NOUNS.has(next[1].toLowerCase());
}

// src/core/dates/extractDates.ts
function extractDates(article) {
  const ctx = createContext(article);
  let candidates = [
    ...relativeCandidates(ctx),
    ...yearCandidates(ctx),
    ...durationCandidates(ctx),
    ...chronoCandidates(ctx)
  ];
  candidates = trimRefiner(ctx, candidates);
  candidates = falsePositiveFilter(ctx, candidates);
  candidates = overlapRemovalRefiner(candidates);
  candidates = resolveRefiner(ctx, candidates);
  candidates = shiftRefiner(ctx, candidates);
  return candidates.map((c) => toMention(article.text, c));
}
function toMention(text, c) {
  const m = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind, value: c.value ?? null };
  if (c.weekday) m.weekday = c.weekday;
  return m;
}

// src/core/data/speech-verbs.json
var speech_verbs_default = {
  _comment: 'Verbs that attribute words to a speaker, every inflected form written out. `particles` follow a verb inside the cue ("called for"); `inverted` may come before their subject right after a quote ("said Blinken").',
  verbs: [
    "say",
    "says",
    "said",
    "saying",
    "add",
    "adds",
    "added",
    "adding",
    "tell",
    "tells",
    "told",
    "telling",
    "stated",
    "stating",
    "note",
    "noted",
    "noting",
    "warn",
    "warns",
    "warned",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "urge",
    "urges",
    "urged",
    "urging",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "declare",
    "declares",
    "declared",
    "declaring",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "write",
    "writes",
    "wrote",
    "writing",
    "ask",
    "asks",
    "asked",
    "asking",
    "call",
    "calls",
    "called",
    "calling",
    "emphasise",
    "emphasises",
    "emphasised",
    "emphasising",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "explain",
    "explains",
    "explained",
    "explaining",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claim",
    "claimed",
    "claiming",
    "reported",
    "reporting",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "repeat",
    "repeats",
    "repeated",
    "repeating",
    "underline",
    "underlines",
    "underlined",
    "underlining",
    "announce",
    "announces",
    "announced",
    "announcing",
    "remarked",
    "commented",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "observe",
    "observes",
    "observed",
    "caution",
    "cautions",
    "cautioned",
    "vow",
    "vowed",
    "vowing",
    "pledge",
    "pledged",
    "pledging",
    "promise",
    "promised",
    "promising",
    "demand",
    "demanded",
    "demanding",
    "thank",
    "thanked",
    "thanking",
    "welcome",
    "welcomes",
    "welcomed",
    "welcoming",
    "describe",
    "describes",
    "described",
    "describing",
    "express",
    "expresses",
    "expressed",
    "expressing",
    "affirm",
    "affirms",
    "affirmed",
    "reaffirm",
    "reaffirms",
    "reaffirmed",
    "assert",
    "asserts",
    "asserted",
    "maintain",
    "maintains",
    "maintained",
    "suggest",
    "suggests",
    "suggested",
    "recall",
    "recalls",
    "recalled",
    "admit",
    "admits",
    "admitted",
    "predict",
    "predicts",
    "predicted",
    "conclude",
    "concludes",
    "concluded",
    "continued",
    "highlight",
    "highlights",
    "highlighted",
    "complain",
    "complains",
    "complained",
    "pointed",
    "quote",
    "quoted",
    "agree",
    "agrees",
    "agreed",
    "accuse",
    "accuses",
    "accused",
    "criticise",
    "criticises",
    "criticised",
    "criticize",
    "criticizes",
    "criticized",
    "condemn",
    "condemns",
    "condemned",
    "appeal",
    "appealed",
    "recommend",
    "recommends",
    "recommended",
    "encourage",
    "encourages",
    "encouraged",
    "assure",
    "assures",
    "assured"
  ],
  particles: [
    "for",
    "on",
    "upon",
    "out"
  ],
  inverted: [
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "continued",
    "explained",
    "noted",
    "stated",
    "declared",
    "insisted",
    "tweeted",
    "replied",
    "warned",
    "stressed",
    "reported",
    "according to"
  ],
  statementPhrases: [
    "in a statement",
    "in a joint statement",
    "in a written statement",
    "in a tweet",
    "in an interview",
    "on Twitter",
    "in a letter",
    "in a post"
  ]
};

// src/core/data/speakers.json
var speakers_default = {
  _comment: 'Words that name a speaker without naming an actor: pronouns, outlets ("the report said"), collectives ("participants stated"), titles ("the Foreign Secretary said"), and plural descriptions of a body already quoted ("the leaders").',
  personPronouns: ["he", "she"],
  pluralPronouns: ["they"],
  bodyPronouns: ["it"],
  outletNouns: ["report", "reports", "newspaper", "paper", "outlet", "agency", "news agency", "daily", "magazine", "website", "broadcaster", "publication", "cables", "documents", "story", "article"],
  collectiveWords: ["participants", "participating", "parties", "attendees", "signatories", "delegates", "joint statement", "joint declaration", "communique", "communiqu\xE9"],
  titleNouns: ["president", "vice president", "prime minister", "minister", "foreign minister", "secretary", "foreign secretary", "secretary of state", "secretary-general", "secretary general", "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy", "special envoy", "ambassador", "representative", "chairman", "chair", "leader", "premier", "deputy", "official", "general", "commander", "king", "emir", "sheikh", "mullah"],
  pluralDescriptions: ["leaders", "ministers", "democracies", "countries", "nations", "states", "members", "governments", "allies", "partners", "powers", "diplomats", "neighbours", "neighbors"],
  adverbials: ["also", "further", "furthermore", "for", "his", "her", "their", "its", "part", "in", "turn", "however", "meanwhile", "separately", "later", "earlier", "then", "too", "again", "once", "more", "had", "has", "have", "was", "were", "is", "are", "would", "will", "had", "previously", "repeatedly", "publicly", "reportedly", "on", "the", "other", "hand", "instead", "yet", "already", "last", "week", "this"],
  relativeStarts: ["which", "who", "whose", "whom", "where", "when", "while", "speaking", "writing"],
  namingWords: ["so-called", "dubbed", "known as", "termed", "named", "titled", "entitled", "labelled", "labeled", "branded", "nicknamed", "the phrase", "the term", "the word", "what it calls", "what they call", "what he calls", "what she calls"]
};

// src/core/statements/words.ts
var NON_ASCII_WORD = /[\p{L}\p{N}]/u;
function isWordCode2(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57;
  if (c < 192 || c >= 8192 && c <= 8303) return false;
  if (c <= 591) return c !== 215 && c !== 247;
  if (c >= 55296 && c <= 57343) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  return NON_ASCII_WORD.test(text[i]);
}
function isJoiner(c) {
  return c === 8217 || c === 39 || c === 45 || c === 46;
}
function wordsIn(text, start, end) {
  const out = [];
  let i = start;
  while (i < end) {
    if (!isWordCode2(text, i)) {
      i++;
      continue;
    }
    const s = i;
    for (; ; ) {
      while (i < end && isWordCode2(text, i)) i++;
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordCode2(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    const w = text.slice(s, i);
    out.push({ start: s, end: i, text: w, lower: w.toLowerCase() });
  }
  return out;
}
function isSpaceCode2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 8201 || c === 8239;
}
function isLetterOrDigit(ch) {
  return ch !== void 0 && /[\p{L}\p{N}]/u.test(ch);
}
function isUpper(ch) {
  return ch !== void 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function lastStartingAtOrBefore(items, pos) {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (items[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function phraseList(phrases) {
  return phrases.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
}
function phraseAt(words, i, phrases) {
  for (const p of phrases) {
    if (i + p.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = words[i + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}
function phraseEndingAt(words, i, phrases) {
  for (const p of phrases) {
    const s = i - p.length + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = words[s + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}
var cache = /* @__PURE__ */ new WeakMap();
function paragraphWords(article, index) {
  let perParagraph = cache.get(article);
  if (!perParagraph) cache.set(article, perParagraph = []);
  let words = perParagraph[index];
  if (!words) {
    const p = article.paragraphs[index];
    perParagraph[index] = words = wordsIn(article.text, p.start, p.end);
  }
  return words;
}
function wordsOf(article, start, end) {
  const out = [];
  const paragraphs = article.paragraphs;
  for (let p = Math.max(0, lastStartingAtOrBefore(paragraphs, start)); p < paragraphs.length && paragraphs[p].start < end; p++) {
    if (paragraphs[p].end <= start) continue;
    const words = paragraphWords(article, p);
    let i = lastStartingAtOrBefore(words, start);
    if (i < 0 || words[i].start < start) i++;
    for (; i < words.length && words[i].end <= end; i++) out.push(words[i]);
  }
  return out;
}

// src/core/statements/lexicon.ts
var SPEECH_VERBS2 = new Set(speech_verbs_default.verbs);
var VERB_PARTICLES = new Set(speech_verbs_default.particles);
var INVERTED_VERBS = phraseList(speech_verbs_default.inverted);
var STATEMENT_PHRASES = phraseList(speech_verbs_default.statementPhrases);
var PERSON_PRONOUNS = new Set(speakers_default.personPronouns);
var PLURAL_PRONOUNS = new Set(speakers_default.pluralPronouns);
var BODY_PRONOUNS = new Set(speakers_default.bodyPronouns);
var OUTLET_NOUNS = phraseList(speakers_default.outletNouns);
var COLLECTIVE_WORDS = phraseList(speakers_default.collectiveWords);
var TITLE_NOUNS = phraseList(speakers_default.titleNouns);
var PLURAL_DESCRIPTIONS = new Set(speakers_default.pluralDescriptions);
var ADVERBIALS = new Set(speakers_default.adverbials);
var RELATIVE_STARTS = new Set(speakers_default.relativeStarts);
var NAMING_WORDS = phraseList(speakers_default.namingWords);
var COLLECTIVE_SPEAKER = "participants";

// src/core/data/forum-nouns.json
var forum_nouns_default = {
  _comment: 'Nouns that head a forum mention, keyed by surface form, with the forum kind they name. `needsDeterminer`: only a noun after a determiner, possessive or modifier ("the call", not "calls on"). `notBefore`: words after the noun that make it something else ("call for"). `needsModifier`: only with one of these words before it. `coreferenceOnly`: never starts a forum, only refers back ("the event"). `compatible`: groups of kinds a later mention may share with an earlier forum. `notBefore` words "on", "upon", "by", "from" only block a noun with no determiner ("calls on China" but "a phone call on Monday").',
  nouns: {
    meeting: "meeting",
    meetings: "meeting",
    summit: "summit",
    summits: "summit",
    session: "session",
    sessions: "session",
    call: "call",
    calls: "call",
    conference: "conference",
    conferences: "conference",
    videoconference: "video-conference",
    teleconference: "call",
    talks: "talks",
    consultations: "talks",
    briefing: "briefing",
    briefings: "briefing",
    speech: "speech",
    speeches: "speech",
    address: "speech",
    conversation: "call",
    gathering: "meeting",
    dialogue: "talks",
    event: "event"
  },
  needsDeterminer: [
    "meeting",
    "call",
    "calls",
    "session",
    "sessions",
    "address",
    "conversation",
    "gathering",
    "dialogue",
    "event",
    "speech",
    "speeches",
    "briefing",
    "conference"
  ],
  notBefore: {
    call: [
      "for",
      "to",
      "on",
      "upon",
      "by",
      "from",
      "that"
    ],
    calls: [
      "for",
      "to",
      "on",
      "upon",
      "by",
      "from",
      "that"
    ],
    address: [
      "the",
      "a",
      "an",
      "this",
      "that",
      "these",
      "those",
      "their",
      "its",
      "concerns",
      "issues",
      "of"
    ],
    meeting: [
      "expectations",
      "demands",
      "the",
      "a",
      "its",
      "their",
      "his",
      "her"
    ],
    talks: [
      "to",
      "about"
    ],
    session: [
      "of"
    ],
    meetings: [
      "expectations",
      "demands"
    ]
  },
  needsModifier: {
    conversation: [
      "phone",
      "telephone",
      "video"
    ],
    dialogue: [
      "strategic",
      "high-level",
      "format",
      "security"
    ]
  },
  coreferenceOnly: [
    "event"
  ],
  compoundKinds: {
    "press conference": "press-conference",
    "news conference": "press-conference",
    "press briefing": "press-briefing",
    "video conference": "video-conference",
    "video call": "call",
    "phone call": "call",
    "telephone call": "call",
    "round of talks": "talks",
    "peace talks": "talks"
  },
  determiners: [
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "another",
    "next",
    "last",
    "first",
    "second",
    "third",
    "latest",
    "recent",
    "two",
    "three",
    "several",
    "both"
  ],
  modifiers: [
    "special",
    "regular",
    "annual",
    "virtual",
    "online",
    "planned",
    "upcoming",
    "forthcoming",
    "joint",
    "press",
    "news",
    "video",
    "phone",
    "telephone",
    "emergency",
    "extraordinary",
    "high-level",
    "ministerial",
    "bilateral",
    "trilateral",
    "multilateral",
    "informal",
    "formal",
    "closed-door",
    "private",
    "public",
    "urgent",
    "international",
    "regional",
    "extended",
    "expanded",
    "leaders",
    "leaders\u2019",
    "leaders'",
    "ministers\u2019",
    "ministers'",
    "foreign",
    "defence",
    "defense",
    "security",
    "peace",
    "direct",
    "face-to-face",
    "in-person",
    "two-day",
    "one-day",
    "three-day",
    "day-long",
    "brief",
    "lengthy",
    "long",
    "short",
    "key",
    "crucial",
    "important",
    "historic",
    "separate",
    "same",
    "previous",
    "final",
    "full",
    "plenary",
    "general",
    "opening",
    "closing",
    "donor",
    "donors",
    "humanitarian",
    "round",
    "of",
    "weekly",
    "daily",
    "monthly",
    "televised",
    "keynote",
    "major",
    "rare",
    "high-profile",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "76th",
    "75th",
    "77th",
    "initial",
    "official"
  ],
  plannedModifiers: [
    "planned",
    "upcoming",
    "forthcoming",
    "next",
    "proposed",
    "scheduled",
    "future"
  ],
  futureWords: [
    "will",
    "\u2019ll",
    "'ll",
    "shall",
    "scheduled",
    "expected",
    "planned",
    "plans",
    "plan",
    "upcoming",
    "ahead",
    "next",
    "later",
    "set",
    "to be held",
    "would be held",
    "due"
  ],
  virtualWords: [
    "virtual",
    "virtually",
    "video",
    "videoconference",
    "online",
    "remotely",
    "teleconference",
    "phone",
    "telephone",
    "call",
    "calls"
  ],
  hostVerbs: [
    "hosted",
    "hosts",
    "hosting",
    "host",
    "chaired",
    "chairs",
    "chairing",
    "chair",
    "convened",
    "convenes",
    "organised",
    "organized",
    "led by",
    "convene",
    "convening"
  ],
  meetVerbs: [
    "meet",
    "meets",
    "met",
    "meeting"
  ],
  attendVerbs: [
    "attended",
    "attends",
    "attending",
    "joined",
    "joins",
    "participated",
    "took part",
    "addressed",
    "met",
    "held",
    "hold",
    "holds",
    "holding",
    "convened",
    "gathered"
  ],
  prepositions: [
    "of",
    "on",
    "between",
    "with",
    "in",
    "at",
    "to",
    "among",
    "over",
    "about"
  ],
  complementStops: [
    "that",
    "which",
    "who",
    "where",
    "when",
    "while",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "did",
    "does",
    "do",
    "took",
    "came",
    "said",
    "says",
    "but",
    "than",
    "because",
    "after",
    "before",
    "since",
    "until",
    "following",
    "during",
    "amid",
    "hosted",
    "chaired",
    "led"
  ],
  compatible: [
    [
      "meeting",
      "summit",
      "talks",
      "session",
      "conference",
      "video-conference",
      "call",
      "event"
    ],
    [
      "briefing",
      "press-briefing",
      "press-conference",
      "event"
    ],
    [
      "speech",
      "event"
    ]
  ]
};

// src/core/data/forum-series.json
var forum_series_default = {
  _comment: 'Recurring named forums. `names` are matched as written (case-sensitive); `placeWords` make a generic talks/summit/meeting held there part of the series ("talks in the Russian capital" on Afghanistan are the Moscow format). `session` numbers the sessions from a year when a date is known (UNGA session N opens in September of 1945 + N). `generic`: the forum kinds a plain definite mention ("the summit") may have to refer back to it.',
  series: [
    {
      id: "unga",
      kind: "session",
      names: [
        "UN General Assembly",
        "United Nations General Assembly",
        "U.N. General Assembly",
        "UNGA",
        "General Assembly"
      ],
      host: "united-nations",
      place: "new-york",
      sessionBase: 1945,
      sessionMonth: 9,
      generic: [
        "session"
      ]
    },
    {
      id: "moscow-format",
      kind: "talks",
      names: [
        "Moscow format",
        "Moscow Format"
      ],
      placeWords: [
        "Moscow",
        "Russian capital"
      ],
      host: "russia",
      place: "moscow",
      generic: [
        "meeting",
        "summit",
        "talks",
        "session",
        "conference",
        "event"
      ]
    },
    {
      id: "extended-troika",
      kind: "meeting",
      names: [
        "extended troika",
        "Extended Troika",
        "troika plus",
        "Troika Plus",
        "Troika"
      ],
      host: null,
      place: null,
      generic: [
        "meeting",
        "summit",
        "talks",
        "session",
        "conference",
        "event"
      ]
    },
    {
      id: "doha-talks",
      kind: "talks",
      names: [
        "Doha talks",
        "Doha peace talks",
        "Doha process"
      ],
      placeWords: [
        "Doha",
        "Qatari capital"
      ],
      host: "qatar",
      place: "doha",
      generic: [
        "meeting",
        "summit",
        "talks",
        "session",
        "conference",
        "event"
      ]
    }
  ]
};

// src/core/forums/lexicon.ts
var FORUM_NOUNS = new Map(Object.entries(forum_nouns_default.nouns));
var NEEDS_DETERMINER = new Set(forum_nouns_default.needsDeterminer);
var NOT_BEFORE = new Map(Object.entries(forum_nouns_default.notBefore).map(([k, v]) => [k, new Set(v)]));
var NEEDS_MODIFIER = new Map(Object.entries(forum_nouns_default.needsModifier).map(([k, v]) => [k, new Set(v)]));
var COREFERENCE_ONLY = new Set(forum_nouns_default.coreferenceOnly);
var COMPOUND_KINDS = phraseList(Object.keys(forum_nouns_default.compoundKinds));
var COMPOUND_KIND = new Map(Object.entries(forum_nouns_default.compoundKinds));
var DETERMINERS = new Set(forum_nouns_default.determiners);
var DEFINITE = /* @__PURE__ */ new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
var MODIFIERS = new Set(forum_nouns_default.modifiers);
var PLANNED_MODIFIERS = new Set(forum_nouns_default.plannedModifiers);
var FUTURE_WORDS = phraseList(forum_nouns_default.futureWords);
var VIRTUAL_WORDS = new Set(forum_nouns_default.virtualWords);
var HOST_VERBS = new Set(forum_nouns_default.hostVerbs);
var ATTEND_VERBS = new Set(forum_nouns_default.attendVerbs);
var MEET_VERBS = new Set(forum_nouns_default.meetVerbs);
var PREPOSITIONS = new Set(forum_nouns_default.prepositions);
var COMPLEMENT_STOPS = new Set(forum_nouns_default.complementStops);
var COMPATIBLE = forum_nouns_default.compatible;
var SERIES = forum_series_default.series;
var SERIES_NAMES = SERIES.flatMap((s) => s.names.map((n) => ({ words: n.split(/\s+/), series: s }))).sort((a, b) => b.words.length - a.words.length);
function kindsCompatible(a, b) {
  if (a === b || a === "event" || b === "event") return true;
  return COMPATIBLE.some((g) => g.includes(a) && g.includes(b));
}
var SERIES_BY_FIRST_WORD = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const n of SERIES_NAMES) {
    const list = map.get(n.words[0]) ?? [];
    list.push(n);
    map.set(n.words[0], list);
  }
  return map;
})();

// src/core/forums/attributes.ts
var DAY_REACH = 250;
var COARSE_REACH = 40;
var PLACE_REACH = 60;
var PARTY_PREPOSITIONS = /* @__PURE__ */ new Set(["between", "with", "of", "among", "including", "and"]);
var TOPIC_PREPOSITIONS = /* @__PURE__ */ new Set(["on", "about", "over", "in", "at", "to", "regarding"]);
var FactFinder = class {
  constructor(article, actors, dates) {
    this.article = article;
    this.actors = [...actors].sort((a, b) => a.start - b.start);
    this.dates = dates.filter((d) => d.kind === "date").sort((a, b) => a.start - b.start);
  }
  actors;
  dates;
  facts(c) {
    const host = this.host(c);
    const participants = [];
    const seen = /* @__PURE__ */ new Set();
    const push = (id) => {
      if (!id || seen.has(id)) return;
      participants.push(id);
      seen.add(id);
    };
    push(host);
    for (const m of c.mentions) for (const a of this.within(m)) if (a.kind !== "place" && !nested(c, a) && !this.topic(m, a)) push(a.id);
    for (const m of c.mentions) for (const id of this.attendees(m)) push(id);
    for (const id of c.verbMeeting?.participants ?? []) push(id);
    return { date: this.date(c), place: this.place(c), host, participants };
  }
  sentence(pos) {
    const s = this.article.sentences[Math.max(0, lastStartingAtOrBefore(this.article.sentences, pos))];
    return s ?? { start: 0, end: this.article.text.length };
  }
  /** The actor mentions inside a span. */
  within(span) {
    const out = [];
    for (let i = Math.max(0, lastStartingAtOrBefore(this.actors, span.start)); i < this.actors.length && this.actors[i].start < span.end; i++) {
      if (this.actors[i].start >= span.start && this.actors[i].end <= span.end) out.push(this.actors[i]);
    }
    return out;
  }
  /** The nearest day-precise date in a mention's sentence, else a month or year right next to a mention. */
  date(c) {
    let best = null;
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      for (const d of this.datesIn(s)) {
        const dist = d.start >= m.end ? d.start - m.end : d.end <= m.start ? m.start - d.end : 0;
        const day = d.weekday !== void 0 || /^\d{4}-\d{2}-\d{2}$|^XXXX-\d{2}-\d{2}$/.test(d.value ?? "") || /day\b/i.test(d.text);
        if (dist > (day ? DAY_REACH : COARSE_REACH)) continue;
        if (!best || day && !best.day || day === best.day && dist < best.dist) best = { d, dist, day };
      }
    }
    return best ? best.d.value : null;
  }
  datesIn(s) {
    const out = [];
    for (let i = Math.max(0, lastStartingAtOrBefore(this.dates, s.start)); i < this.dates.length && this.dates[i].start < s.end; i++) {
      if (this.dates[i].start >= s.start) out.push(this.dates[i]);
    }
    return out;
  }
  /** An actor in a complement of topic or place ("on the crisis in Afghanistan", "to the French senate") does not take part. */
  topic(m, a) {
    if (a.start < m.head.end) return false;
    const words = wordsOf(this.article, m.head.end, a.start);
    for (let i = words.length - 1; i >= 0; i--) {
      if (PARTY_PREPOSITIONS.has(words[i].lower)) return false;
      if (TOPIC_PREPOSITIONS.has(words[i].lower)) return true;
    }
    return false;
  }
  /** Subjects of "met"/"attended" before a mention ("The G20 met for a special session"), objects of "joined by". */
  attendees(m) {
    const text = this.article.text;
    const s = this.sentence(m.start);
    const words = wordsOf(this.article, s.start, m.start);
    const out = [];
    for (let v = words.length - 1; v >= 0; v--) {
      if (!ATTEND_VERBS.has(words[v].lower)) continue;
      const by = words[v + 1]?.lower === "by";
      const span = by ? { start: words[v + 1].end, end: m.start } : { start: clauseStart2(text, s.start, words[v].start), end: words[v].start };
      for (const a of this.within(span)) if (a.kind !== "place" && !out.includes(a.id)) out.push(a.id);
      break;
    }
    return out;
  }
  /** "virtual" when the forum is held by video or phone; else a place named in or just after a mention; else the series' place. */
  place(c) {
    if (c.kinds.has("call") || c.kinds.has("video-conference")) return "virtual";
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      if (wordsOf(this.article, s.start, s.end).some((w) => VIRTUAL_WORDS.has(w.lower) && w.lower !== "call" && w.lower !== "calls")) return "virtual";
    }
    for (const m of c.mentions) {
      const place = this.within(m).find((a) => a.kind === "place");
      if (place) return place.id;
    }
    if (c.series?.place) return c.series.place;
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      const near = this.within({ start: m.end, end: Math.min(s.end, m.end + PLACE_REACH) }).find((a) => a.kind === "place" && /\b(in|at)\s+(the\s+)?$/i.test(this.article.text.slice(Math.max(0, a.start - 8), a.start)));
      if (near) return near.id;
    }
    return null;
  }
  /** "hosted by X", "chaired by X", "X, who chaired …", or the series' usual host. */
  host(c) {
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      const words = wordsOf(this.article, s.start, s.end);
      for (let i = 0; i < words.length; i++) {
        if (!HOST_VERBS.has(words[i].lower)) continue;
        const by = words.slice(i + 1, i + 4).findIndex((w) => w.lower === "by");
        if (by >= 0) {
          const after2 = words[i + 1 + by];
          const hit = preferPerson(this.within({ start: after2.end, end: Math.min(s.end, after2.end + 80) }).slice(0, 3));
          if (hit) return hit;
        } else if (i > 0) {
          const before2 = this.within({ start: s.start, end: words[i].start });
          const hit = preferPerson(before2.slice(-2));
          if (hit) return hit;
        }
      }
    }
    return c.series?.host ?? null;
  }
};
var RANK = { person: 0, state: 1, organization: 2, group: 3, demonym: 4, place: 9 };
function preferPerson(actors) {
  const named = actors.filter((a) => a.kind !== "place");
  if (!named.length) return null;
  return named.reduce((a, b) => RANK[b.kind] < RANK[a.kind] ? b : a).id;
}
function nested(c, a) {
  return c.mentions.some((m) => m.inner.some((n) => n.start <= a.start && a.end <= n.end));
}
function clauseStart2(text, floor, pos) {
  for (let i = pos - 1; i >= floor; i--) if (",;:\u2013\u2014()".includes(text[i])) return i + 1;
  return floor;
}

// src/core/forums/coreference.ts
var CATAPHORA_PARAGRAPHS = 3;
var JOINT_SENTENCES = 3;
var LOOKBACK = 40;
function clusterMentions(mentions, verbMeetings) {
  const clusters = [];
  const usedVerbs = /* @__PURE__ */ new Set();
  const verbs = [...verbMeetings].sort((a, b) => a.start - b.start);
  const nested2 = new Set(mentions.flatMap((m) => m.inner));
  for (const m of mentions) {
    const definite = m.determiner === "definite" || m.determiner === "possessive";
    const verb = definite && !m.series ? verbBefore(verbs, usedVerbs, clusters, m) : void 0;
    if (verb) {
      usedVerbs.add(verb);
      clusters.push(open(m, verb));
      continue;
    }
    const target = m.series ? bySeries(clusters, m) : definite ? antecedent(clusters, m) : forward(clusters, m, nested2);
    if (target) {
      add(target, m);
      continue;
    }
    if (m.refersOnly) continue;
    const c = open(m, null);
    c.provisional = m.determiner === "definite" && !m.series && m.modifiers.length === 0 && !m.complement;
    clusters.push(c);
  }
  return clusters;
}
function open(m, verb) {
  return { mentions: [m], kinds: /* @__PURE__ */ new Set([m.kind]), series: m.series, planned: verb ? verb.future || m.future : m.future, provisional: false, verbMeeting: verb, last: m.start };
}
function add(c, m) {
  c.mentions.push(m);
  c.kinds.add(m.kind);
  c.last = m.start;
  if (m.series && !c.series) c.series = m.series;
  if (m.determiner === "indefinite" || m.determiner === "none" || m.complement) c.provisional = false;
}
function compatible(c, m) {
  if (c.series && !m.series) {
    if (!c.series.generic.includes(m.kind) && m.kind !== "event") return false;
  }
  if (m.series && c.series && m.series.id !== c.series.id) return false;
  if (c.planned !== m.future) return false;
  for (const k of c.kinds) if (kindsCompatible(k, m.kind)) return true;
  return false;
}
function bySeries(clusters, m) {
  const same = clusters.find((c) => c.series?.id === m.series?.id);
  if (same) return same;
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) {
    const c = clusters[i];
    if (!c.series && c.provisional && compatible({ ...c, series: null }, m)) return c;
  }
  return void 0;
}
function antecedent(clusters, m) {
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) if (compatible(clusters[i], m) && !contains(clusters[i], m)) return clusters[i];
  return void 0;
}
function forward(clusters, m, nested2) {
  for (let i = clusters.length - 1; i >= 0 && i >= clusters.length - LOOKBACK; i--) {
    const c = clusters[i];
    const first = c.mentions[0];
    if (c.provisional && m.paragraph - first.paragraph <= CATAPHORA_PARAGRAPHS && compatible(c, m)) return c;
    const joint = m.modifiers.includes("joint") && (m.kind === "press-briefing" || m.kind === "press-conference" || m.kind === "briefing");
    const lastMention = c.mentions[c.mentions.length - 1];
    const nestedOnly = nested2.has(c.mentions[0]);
    if (joint && !c.series && !nestedOnly && m.sentence - lastMention.sentence <= JOINT_SENTENCES && c.planned === m.future) return c;
  }
  return void 0;
}
function verbBefore(verbs, used, clusters, m) {
  if (m.kind !== "meeting" && m.kind !== "talks" && m.kind !== "event") return void 0;
  let best;
  for (let i = lastStartingAtOrBefore(verbs, m.start - 1); i >= 0 && m.sentence - verbs[i].sentence <= 2; i--) {
    if (!used.has(verbs[i])) {
      best = verbs[i];
      break;
    }
  }
  if (!best) return void 0;
  const from = best.start;
  const nearer = clusters.slice(-LOOKBACK).some((c) => !c.series && c.last > from);
  return nearer ? void 0 : best;
}
function contains(c, m) {
  const o = c.mentions[c.mentions.length - 1];
  return o !== m && o.start <= m.start && m.end <= o.end;
}

// src/core/forums/ids.ts
var DISTINCTIVE = /* @__PURE__ */ new Set(["special", "emergency", "extraordinary", "ministerial", "regular", "annual"]);
function forumId(c, facts, finder, docDate, kindOf) {
  const date = facts.date && /^\d{4}-\d{2}(-\d{2})?$/.test(facts.date) ? facts.date : null;
  if (c.series) {
    const s = c.series;
    if (s.sessionBase) {
      const when = date ?? docDate;
      if (!when) return s.id;
      const [y, mo] = when.split("-").map(Number);
      return `${s.id}-${y - s.sessionBase - ((mo || 12) < (s.sessionMonth ?? 1) ? 1 : 0)}`;
    }
    return date ? `${s.id}-${date}` : s.id;
  }
  const defining = c.mentions.find((m) => m.determiner !== "definite" && m.determiner !== "possessive") ?? c.mentions[0];
  const kind = defining.kind === "event" ? [...c.kinds].find((k) => k !== "event") ?? "forum" : defining.kind;
  const distinctive = defining.modifiers.filter((m) => DISTINCTIVE.has(m));
  const parts = [keyActor(c, facts, finder, kindOf), ...distinctive, kind, date];
  return parts.filter((p) => !!p).join("-");
}
function keyActor(c, facts, finder, kindOf) {
  for (const m of c.mentions) {
    const body2 = finder.within({ start: m.start, end: m.head.start }).find((a) => a.kind === "organization");
    if (body2) return body2.id;
  }
  const body = facts.participants.find((id) => kindOf(id) === "organization");
  if (body) return body;
  if (facts.host) return facts.host;
  const people = facts.participants.filter((id) => kindOf(id) === "person").slice(0, 2);
  if (people.length) return people.map((id) => id.split("-").pop()).sort().join("-");
  for (const m of c.mentions) {
    const body2 = finder.within({ start: m.head.end, end: m.end }).find((a) => a.kind === "organization" || a.kind === "group");
    if (body2) return body2.id;
  }
  if (facts.participants.length) return facts.participants[0];
  return facts.place && facts.place !== "virtual" ? facts.place : null;
}
function forumName(c) {
  return c.mentions.reduce((a, b) => b.text.length > a.text.length ? b : a).text.replace(/^(the|a|an)\s+/i, "");
}

// src/core/forums/mentions.ts
var BARE_NOUN_AFTER = /* @__PURE__ */ new Set(["during", "after", "before", "at", "in", "for", "of", "following", "ahead", "amid", "from", "into", "since", "about", "with", "and", "by", "held", "hold", "holds", "holding", "host", "hosted", "attend", "attended", "join", "joined", "resume", "resumed", "open", "opened"]);
var ORDINAL_DETERMINERS = /* @__PURE__ */ new Set(["next", "last", "first", "second", "third", "latest", "recent", "two", "three", "several", "both"]);
var WEAK_BLOCKERS = /* @__PURE__ */ new Set(["on", "upon", "by", "from"]);
var MAX_MODIFIERS = 6;
var FORUM_WORD = new RegExp(`${[...new Set([...FORUM_NOUNS.keys()].map((n) => n.slice(0, 4)))].join("|")}|${[...SERIES_BY_FIRST_WORD.keys()].join("|")}`, "gi");
var MAX_COMPLEMENT_WORDS = 16;
function findForumMentions(article, actors, dates) {
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  const scan2 = {
    article,
    actors: sorted,
    dateStarts: new Set(dates.filter((d) => d.kind === "date").map((d) => d.start)),
    talksAboutAfghanistan: actors.some((a) => a.id === "afghanistan" || a.id === "taliban")
  };
  const out = [];
  for (const p of article.paragraphs) {
    FORUM_WORD.lastIndex = p.start;
    const hit = FORUM_WORD.exec(article.text);
    if (!hit || hit.index >= p.end) continue;
    const words = paragraphWords(article, p.index);
    const found = [];
    for (let i = 0; i < words.length; i++) {
      const m = nounPhrase(scan2, words, i, p.index);
      if (m) found.push(m);
    }
    for (const m of seriesMentions(scan2, words, p.index, found)) found.push(m);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of found) for (const n of found) if (n !== m && m.start <= n.start && n.end <= m.end && (n.start > m.start || n.end < m.end)) m.inner.push(n);
    markFuture(article.text, words, found);
    out.push(...found);
  }
  return out;
}
function nounPhrase(scan2, words, i, paragraph) {
  const { article } = scan2;
  const text = article.text;
  const noun = words[i].lower;
  const kindOfNoun = FORUM_NOUNS.get(noun);
  if (!kindOfNoun) return null;
  const next = i + 1 < words.length && !breakBetween(text, words[i], words[i + 1]) ? words[i + 1] : null;
  const compound = phraseEndingAt(words, i, COMPOUND_KINDS);
  const kind = compound ? COMPOUND_KIND.get(words.slice(i - compound + 1, i + 1).map((w) => w.lower).join(" ")) ?? kindOfNoun : kindOfNoun;
  let start = i;
  let determiner = "none";
  const modifiers = [];
  let namedModifier = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS && !breakBetween(text, words[k], words[k + 1]); k--) {
    const w = words[k];
    if (DETERMINERS.has(w.lower) && !ORDINAL_DETERMINERS.has(w.lower)) {
      determiner = DEFINITE.has(w.lower) ? "definite" : "indefinite";
      start = k;
      break;
    }
    if (/[’']s$/.test(w.text) && !actorAt(scan2, w)) {
      determiner = "possessive";
      start = k;
      break;
    }
    const sentenceInitial = isSentenceStart(article, w.start);
    const named = actorAt(scan2, w) || isUpper(w.text[0]) && !sentenceInitial;
    if (MODIFIERS.has(w.lower) || ORDINAL_DETERMINERS.has(w.lower) || named || /^\d/.test(w.text) || w.lower.includes("-") && !isUpper(w.text[0])) {
      if (w.lower === "of" && !(k > 0 && /^rounds?$/.test(words[k - 1].lower))) break;
      modifiers.unshift(w.lower);
      if (named) namedModifier = true;
      start = k;
      continue;
    }
    if (/[’']s$/.test(w.text)) {
      determiner = "possessive";
      start = k;
      break;
    }
    break;
  }
  if (next && !scan2.dateStarts.has(next.start) && NOT_BEFORE.get(noun)?.has(next.lower) && !(determiner !== "none" && !namedModifier && WEAK_BLOCKERS.has(next.lower))) return null;
  if (NEEDS_DETERMINER.has(noun) && determiner === "none" && modifiers.length === 0) return null;
  const needed = NEEDS_MODIFIER.get(noun);
  if (needed && !modifiers.some((m) => needed.has(m))) return null;
  if (determiner === "none" && modifiers.length === 0) {
    const prev = i > 0 && !breakBetween(text, words[i - 1], words[i]) ? words[i - 1] : null;
    if (prev && !BARE_NOUN_AFTER.has(prev.lower)) return null;
  }
  let end = words[i].end;
  let preps = 0;
  for (let n = i + 1; n < words.length && n - i <= MAX_COMPLEMENT_WORDS; n++) {
    const w = words[n];
    if (breakBetween(text, words[n - 1], w) && !(preps > 0 && listComma(scan2, words[n - 1], w))) break;
    if (scan2.dateStarts.has(w.start)) break;
    if (PREPOSITIONS.has(w.lower)) {
      const after2 = words[n + 1];
      if (!after2 || breakBetween(text, w, after2) || scan2.dateStarts.has(after2.start)) break;
      if (w.lower === "to" && !(DETERMINERS.has(after2.lower) || isUpper(after2.text[0]))) break;
      preps++;
      continue;
    }
    if (preps === 0) break;
    if (COMPLEMENT_STOPS.has(w.lower)) break;
    if (!isUpper(w.text[0]) && (/ly$/.test(w.lower) || /ed$/.test(w.lower))) break;
    if (w.lower === "and") {
      const after2 = words[n + 1];
      if (!after2 || !(isUpper(after2.text[0]) || after2.lower === "the" && words[n + 2] && isUpper(words[n + 2].text[0]))) break;
      continue;
    }
    end = w.end;
  }
  const s = words[start].start;
  return {
    start: s,
    end,
    text: text.slice(s, end),
    kind,
    head: { start: words[i].start, end: words[i].end },
    determiner,
    modifiers,
    complement: end > words[i].end,
    series: null,
    future: false,
    refersOnly: COREFERENCE_ONLY.has(noun),
    inner: [],
    sentence: sentenceIndex(article, s),
    paragraph
  };
}
function seriesMentions(scan2, words, paragraph, found) {
  const text = scan2.article.text;
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const hit = SERIES_BY_FIRST_WORD.get(words[i].text)?.find((n) => n.words.every((w, k) => i + k < words.length && words[i + k].text === w));
    if (!hit) continue;
    const last = words[i + hit.words.length - 1];
    const owner = found.find((m) => m.start <= words[i].start && last.end <= m.head.end);
    if (owner) owner.series = hit.series;
    else {
      const the = i > 0 && words[i - 1].lower === "the" && !breakBetween(text, words[i - 1], words[i]) ? words[i - 1] : null;
      const s = the ? the.start : words[i].start;
      out.push({
        start: s,
        end: last.end,
        text: text.slice(s, last.end),
        kind: hit.series.kind,
        head: { start: words[i].start, end: last.end },
        determiner: the ? "definite" : "none",
        modifiers: [],
        complement: false,
        series: hit.series,
        future: false,
        refersOnly: false,
        inner: [],
        sentence: sentenceIndex(scan2.article, s),
        paragraph
      });
    }
    i += hit.words.length - 1;
  }
  if (scan2.talksAboutAfghanistan) {
    for (const m of found) {
      if (m.series) continue;
      const inner = wordsOf(scan2.article, m.start, m.end);
      for (const s of SERIES) {
        if (!s.placeWords || !s.generic.includes(m.kind)) continue;
        const places = s.placeWords.map((p) => p.split(/\s+/));
        if (inner.some((_, k) => places.some((p) => p.every((w, j) => k + j < inner.length && inner[k + j].text === w)))) m.series = s;
      }
    }
  }
  return out;
}
function markFuture(text, words, mentions) {
  for (let x = 0; x < mentions.length; x++) {
    const m = mentions[x];
    if (m.modifiers.some((w) => PLANNED_MODIFIERS.has(w))) {
      m.future = true;
      continue;
    }
    const first = lastStartingAtOrBefore(words, m.start);
    const window = [];
    for (let k2 = first - 1; k2 >= 0 && first - k2 <= 3 && !breakBetween(text, words[k2], words[k2 + 1]); k2--) window.unshift(words[k2]);
    const nextStart = x + 1 < mentions.length ? mentions[x + 1].start : Infinity;
    let k = lastStartingAtOrBefore(words, m.end - 1) + 1;
    for (let n = 0; k < words.length && n < 4 && words[k].start < nextStart && !breakBetween(text, words[k - 1], words[k]); k++, n++) window.push(words[k]);
    m.future = window.some((_, i) => phraseAt(window, i, FUTURE_WORDS) > 0);
  }
}
function listComma(scan2, a, b) {
  const between = scan2.article.text.slice(a.end, b.start);
  return between.trim() === "," && !!actorAt(scan2, a) && (!!actorAt(scan2, b) || b.lower === "the");
}
function breakBetween(text, a, b) {
  for (let i = a.end; i < b.start; i++) if (!/\s/.test(text[i])) return true;
  return false;
}
function actorAt(scan2, w) {
  const i = lastStartingAtOrBefore(scan2.actors, w.start);
  return i >= 0 && scan2.actors[i].end >= w.end ? scan2.actors[i] : void 0;
}
function isSentenceStart(article, pos) {
  const i = lastStartingAtOrBefore(article.sentences, pos);
  return i >= 0 && article.sentences[i].start === pos;
}
function sentenceIndex(article, pos) {
  return Math.max(0, lastStartingAtOrBefore(article.sentences, pos));
}

// src/core/forums/statementForums.ts
var OFF_FORUM = /\b(tweet|tweeted|twitter|interview|letter|wrote|op-ed)\b/i;
function assignStatementForums(article, forums, statements) {
  const bySentence = /* @__PURE__ */ new Map();
  for (const f of forums) {
    for (const m of f.mentions) {
      const k = sentenceOf(article, m.start);
      let list = bySentence.get(k);
      if (!list) bySentence.set(k, list = []);
      list.push({ forum: f.id, start: m.start });
    }
  }
  const para = (pos) => Math.max(0, lastStartingAtOrBefore(article.paragraphs, pos));
  for (const s of statements) {
    if (s.cue && OFF_FORUM.test(s.cue)) continue;
    const first = sentenceOf(article, Math.min(s.start, s.cueSpan?.start ?? s.start));
    const last = sentenceOf(article, Math.max(s.end - 1, s.cueSpan ? s.cueSpan.end - 1 : 0));
    const here = [];
    for (let k = first; k <= last && k - first < 20; k++) here.push(...bySentence.get(k) ?? []);
    const anchor = s.cueSpan ? s.cueSpan.start : s.start;
    if (here.length) s.forum = here.reduce((a, b) => Math.abs(b.start - anchor) < Math.abs(a.start - anchor) ? b : a).forum;
    else {
      const before2 = bySentence.get(first - 1);
      if (before2?.length) s.forum = before2[before2.length - 1].forum;
    }
  }
  const lastBySpeaker = /* @__PURE__ */ new Map();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const p = para(s.start);
    if (!s.forum && !(s.cue && OFF_FORUM.test(s.cue))) {
      const same = lastBySpeaker.get(s.speaker);
      const sameBefore = same && (p - para(same.start) <= 3 || s.speaker === COLLECTIVE_SPEAKER) ? same : void 0;
      let sameAfter;
      for (let k = i + 1; k < statements.length && k <= i + 10 && !sameAfter; k++) {
        const t = statements[k];
        if (t.speaker === s.speaker && t.forum && para(t.start) - p <= 1) sameAfter = t;
      }
      const previous = i > 0 && para(statements[i - 1].start) >= p - 1 ? statements[i - 1] : void 0;
      s.forum = sameBefore?.forum ?? sameAfter?.forum ?? previous?.forum ?? null;
    }
    if (s.forum) lastBySpeaker.set(s.speaker, s);
  }
}
function nameCollectives(forums, statements) {
  for (const s of statements) {
    if (s.speaker !== COLLECTIVE_SPEAKER) continue;
    const f = forums.find((x) => x.id === s.forum);
    if (!f) continue;
    s.speaker = `${f.id.replace(/-\d{4}(-\d{2}){0,2}$/, "")}-${COLLECTIVE_SPEAKER}`;
    if (!f.participants.includes(s.speaker)) f.participants.push(s.speaker);
  }
}
function sentenceOf(article, pos) {
  return Math.max(0, lastStartingAtOrBefore(article.sentences, pos));
}

// src/core/forums/verbMeetings.ts
var MEET = /\bme(?:et|t)/gi;
var FUTURE_BEFORE = /* @__PURE__ */ new Set(["will", "to", "shall", "would", "\u2019ll", "'ll"]);
function findVerbMeetings(article, actors, mentions) {
  const out = [];
  for (let s = 0; s < article.sentences.length; s++) {
    const sentence = article.sentences[s];
    MEET.lastIndex = sentence.start;
    const hit = MEET.exec(article.text);
    if (!hit || hit.index >= sentence.end) continue;
    const words = wordsOf(article, sentence.start, sentence.end);
    const v = words.findIndex((w) => MEET_VERBS.has(w.lower) && w.lower !== "meeting" && !inside(mentions, w.start));
    if (v < 0) continue;
    const future = words.slice(Math.max(0, v - 3), v).some((w) => FUTURE_BEFORE.has(w.lower));
    const participants = [];
    let i = Math.max(0, lastStartingAtOrBefore(actors, sentence.start));
    for (; i < actors.length && actors[i].start < sentence.end; i++) {
      const a = actors[i];
      if (a.start < sentence.start || a.kind === "place" || inside(mentions, a.start)) continue;
      if (!participants.includes(a.id)) participants.push(a.id);
    }
    out.push({ start: words[v].start, end: words[v].end, sentence: s, future, participants });
  }
  return out;
}
function inside(mentions, pos) {
  const i = lastStartingAtOrBefore(mentions, pos);
  for (let k = i; k >= 0 && k > i - 4; k--) if (pos < mentions[k].end) return true;
  return false;
}

// src/core/forums/extractForums.ts
function extractForums(article, actors, dates, statements) {
  const mentions = findForumMentions(article, actors, dates);
  if (mentions.length === 0) return [];
  const clusters = clusterMentions(mentions, findVerbMeetings(article, actors, mentions));
  const finder = new FactFinder(article, actors, dates);
  const facts = clusters.map((c) => finder.facts(c));
  const clusterOf = /* @__PURE__ */ new Map();
  clusters.forEach((c, i) => c.mentions.forEach((m) => clusterOf.set(m, i)));
  clusters.forEach((c, i) => {
    if (facts[i].place) return;
    for (const m of c.mentions) {
      const outer = m.inner.map((n) => clusterOf.get(n)).find((j) => j !== void 0 && j !== i && facts[j].place);
      if (outer !== void 0) {
        facts[i].place = facts[outer].place;
        return;
      }
    }
  });
  const forums = clusters.map((c, i) => ({
    id: `#${i}`,
    name: forumName(c),
    date: facts[i].date,
    place: facts[i].place,
    host: facts[i].host,
    participants: facts[i].participants,
    mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }))
  }));
  assignStatementForums(article, forums, statements);
  const kindOf = kindOfId(actors);
  const taken = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const speakersAt = /* @__PURE__ */ new Map();
  for (const s of statements) {
    if (!s.forum || !s.speaker || s.speaker === COLLECTIVE_SPEAKER) continue;
    const set = speakersAt.get(s.forum) ?? /* @__PURE__ */ new Set();
    speakersAt.set(s.forum, set.add(s.speaker));
  }
  clusters.forEach((c, i) => {
    const f = forums[i];
    for (const id2 of speakersAt.get(f.id) ?? []) if (!f.participants.includes(id2)) f.participants.push(id2);
    let id = forumId(c, facts[i], finder, article.docDate, kindOf);
    const n = (taken.get(id) ?? 0) + 1;
    taken.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    ids.set(f.id, id);
    f.id = id;
    if (c.planned || !!f.date && !!article.docDate && f.date.length === 10 && f.date > article.docDate) f.status = "planned";
  });
  for (const s of statements) if (s.forum) s.forum = ids.get(s.forum) ?? s.forum;
  nameCollectives(forums, statements);
  return forums;
}
function kindOfId(actors) {
  const kinds = /* @__PURE__ */ new Map();
  for (const a of actors) if (!kinds.has(a.id)) kinds.set(a.id, a.kind);
  return (id) => kinds.get(id);
}

// src/core/statements/attribution.ts
var REACH = 400;
var MAX_SUBJECT_WORDS = 12;
var CLAUSE_MARKS = ',;:\u2013\u2014()\u201C\u201D"\u2018\u2019[]';
var COORDINATORS2 = /* @__PURE__ */ new Set(["and", "or", "but", "to", "not", "nor", "be", "been", "being"]);
var APPOSITION_STARTS = /* @__PURE__ */ new Set(["a", "an"]);
function findCue(q, ctx) {
  const { article } = ctx;
  const sentences = article.sentences;
  const si = Math.max(0, lastStartingAtOrBefore(sentences, q.start));
  const se = Math.max(0, lastStartingAtOrBefore(sentences, q.end - 1));
  const paragraph = article.paragraphs[q.paragraph];
  const asks = sentences[se].end === q.end && /[?!]["”’']$/.test(article.text.slice(q.end - 2, q.end)) && se + 1 < sentences.length;
  const sentenceEnd = asks ? sentences[se + 1].end : sentences[se].end;
  const postEnd = Math.min(sentenceEnd, paragraph.end, q.end + REACH, ctx.nextQuoteStart);
  const post = q.end < postEnd ? after(q, postEnd, ctx) : null;
  if (post) return post;
  const preStart = Math.max(sentences[si].start, paragraph.start, q.start - REACH, ctx.previousQuoteEnd);
  const pre = preStart < q.start ? before(preStart, q.start, ctx) : null;
  if (pre) return pre;
  if (si > 0 && q.start === sentences[si].start) {
    const prev = sentences[si - 1];
    if (/:\s*$/.test(article.text.slice(prev.start, prev.end))) return before(Math.max(prev.start, prev.end - REACH), prev.end, ctx);
  }
  return null;
}
function after(q, end, ctx) {
  const text = ctx.article.text;
  const words = wordsOf(ctx.article, q.end, end);
  if (words.length === 0) return null;
  const inv = phraseAt(words, 0, INVERTED_VERBS);
  if (inv && onlyPunctuation(text, q.end, words[0].start)) {
    let stop = inv;
    while (stop < words.length && stop - inv < 8 && !clauseBreak(text, words[stop - 1].end, words[stop].start) && !STOP_AFTER_INVERTED.has(words[stop].lower)) stop++;
    const subject = words.slice(inv, stop);
    if (subject.length) {
      const r = ctx.resolver.resolve({ start: subject[0].start, end: subject[subject.length - 1].end }, subject, ctx.prior, q.paragraph);
      if (r) return { start: words[0].start, end: subject[subject.length - 1].end, ...r };
    }
  }
  for (let v = 0; v < words.length && v < 60; v++) {
    if (!SPEECH_VERBS2.has(words[v].lower)) continue;
    const cue2 = subjectBefore(words, v, q.end, ctx, q.paragraph, true);
    if (cue2) return cue2;
  }
  return null;
}
function before(start, end, ctx) {
  const words = wordsOf(ctx.article, start, end);
  const paragraph = paragraphAt(ctx.article, start);
  let pronounCue = null;
  for (let v = 0; v < words.length; v++) {
    if (words[v].lower === "according" && words[v + 1]?.lower === "to") {
      let e = v + 2;
      while (e < words.length && e - v < 10 && !clauseBreak(ctx.article.text, words[e - 1].end, words[e].start)) e++;
      const subject = words.slice(v + 2, e);
      const r = subject.length ? ctx.resolver.resolve({ start: subject[0].start, end: subject[subject.length - 1].end }, subject, ctx.prior, paragraph) : null;
      if (r && r.speaker) return { start: words[v].start, end: subject[subject.length - 1].end, ...r };
    }
    if (!SPEECH_VERBS2.has(words[v].lower)) continue;
    const cue2 = subjectBefore(words, v, start, ctx, paragraph, false);
    if (!cue2) continue;
    if (cue2.source !== "pronoun") return cue2;
    pronounCue = cue2;
  }
  return pronounCue;
}
function subjectBefore(words, v, floor, ctx, paragraph, afterQuote) {
  const text = ctx.article.text;
  const prev = v > 0 ? words[v - 1] : null;
  if (prev && COORDINATORS2.has(prev.lower) && !clauseBreak(text, prev.end, words[v].start)) return null;
  let s = v;
  for (let hops = 0; hops < 4; hops++) {
    let k = hops === 0 ? s : s - 1;
    while (k > 0 && !clauseBreak(text, words[k - 1].end, words[k].start) && s - k < MAX_SUBJECT_WORDS + 1) k--;
    if (s - k > MAX_SUBJECT_WORDS) return null;
    const clause = words.slice(k, s);
    if (clause.some((w) => SPEECH_VERBS2.has(w.lower))) return null;
    const aside = clause.length === 0 || clause.every((w) => ADVERBIALS.has(w.lower)) || RELATIVE_STARTS.has(clause[0].lower) || APPOSITION_STARTS.has(clause[0].lower) && hops < 3 && k > 0 || isParticipleAside(clause);
    if (!aside || k === 0) {
      if (clause.length === 0) return null;
      const region = { start: clause[0].start, end: clause[clause.length - 1].end };
      const r = ctx.resolver.resolve(region, clause, ctx.prior, paragraph);
      if (!r) {
        if (afterQuote && k === 0 && clause.length <= 4 && onlyPunctuation(text, floor, clause[0].start)) return { ...cueSpan(words, k, v, text), speaker: null, source: "description" };
        return null;
      }
      return { ...cueSpan(words, k, v, text), ...r };
    }
    if (k === 0) return null;
    s = k;
  }
  return null;
}
function isParticipleAside(clause) {
  return clause.length >= 2 && clause[0].lower.endsWith("ed") && clause[1].lower === "by";
}
function cueSpan(words, k, v, text) {
  let end = words[v].end;
  let n = v + 1;
  if (n < words.length && VERB_PARTICLES.has(words[n].lower) && !clauseBreak(text, words[v].end, words[n].start)) end = words[n++].end;
  for (let m = n; m < words.length && m <= n + 3 && !clauseBreak(text, words[m - 1].end, words[m].start); m++) {
    const phrase = phraseAt(words, m, STATEMENT_PHRASES);
    if (phrase) {
      end = words[m + phrase - 1].end;
      break;
    }
  }
  return { start: words[k].start, end };
}
var STOP_AFTER_INVERTED = /* @__PURE__ */ new Set(["in", "at", "during", "on", "after", "before", "ahead", "while", "when", "as", "to", "that", "who", "which", "adding", "saying"]);
function clauseBreak(text, from, to) {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.includes(text[i]) || text[i] === "." || text[i] === "!" || text[i] === "?") return true;
  return false;
}
function onlyPunctuation(text, from, to) {
  return /^[\s,;:.–—-]*$/.test(text.slice(from, to));
}
function paragraphAt(article, pos) {
  const i = lastStartingAtOrBefore(article.paragraphs, pos);
  return i < 0 ? 0 : article.paragraphs[i].index;
}

// src/core/statements/filters.ts
var SHORT_QUOTE_WORDS = 3;
var FUNCTION_WORDS = /* @__PURE__ */ new Set(["of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "de"]);
function quoteWords(article, q) {
  if (q.end - q.start > LONG_QUOTE_CHARS) return SHORT_QUOTE_WORDS + 10;
  return wordsOf(article, q.start, q.end).length;
}
var LONG_QUOTE_CHARS = 80;
function isNameQuote(article, q) {
  if (q.end - q.start > LONG_QUOTE_CHARS) return false;
  const words = wordsOf(article, q.start, q.end);
  if (words.length === 0) return true;
  if (words.length > SHORT_QUOTE_WORDS + 2) return false;
  const before2 = wordsOf(article, Math.max(article.paragraphs[q.paragraph].start, q.start - 40), q.start);
  let last = before2.length - 1;
  if (last >= 0 && (before2[last].lower === "the" || before2[last].lower === "a" || before2[last].lower === "an")) last--;
  if (last >= 0) {
    if (phraseEndingAt(before2, last, NAMING_WORDS)) return true;
    const w = before2[last].lower;
    const adjacent = /^[\s]*$/.test(article.text.slice(before2[last].end, q.start));
    if (adjacent && (w === "called" || w === "calls" || w === "call" || w === "as")) return true;
  }
  if (words.length > SHORT_QUOTE_WORDS) return false;
  const inner = article.text.slice(q.start + 1, q.unclosed ? q.end : q.end - 1).trim();
  if (/[.,!?;:]$/.test(inner)) return false;
  return isUpper(words[0].text[0]) && (words.length <= 2 || words.every((w) => isUpper(w.text[0]) || FUNCTION_WORDS.has(w.lower) || /^\d/.test(w.text)));
}
function isHeadlineParagraph(article, paragraph) {
  const p = article.paragraphs[paragraph];
  const text = article.text.slice(p.start, p.end);
  if (/^(READ MORE|ALSO READ|RELATED|SEE ALSO|WATCH)\b/i.test(text)) return true;
  if (/[.!?]["”’')]*$/.test(text) || /[.!?,]["”’']$/.test(text)) return false;
  return wordsOf(article, p.start, p.end).length <= 25;
}

// src/core/statements/quotes.ts
var OPEN_BEFORE = "([{\u2014\u2013-/:";
var CLOSE_AFTER = ".,;:!?)]}\u2014\u2013-\u2026";
function findQuotes(article) {
  const out = [];
  for (const p of article.paragraphs) {
    const doubles = doubleQuotes(article.text, p.start, p.end, p.index);
    let from = p.start;
    for (const q of doubles) {
      singleQuotes(article.text, from, q.start, p.index, out);
      out.push(q);
      from = q.end;
    }
    singleQuotes(article.text, from, p.end, p.index, out);
  }
  return out;
}
function opensHere(text, i, start, end) {
  const prev = i > start ? text[i - 1] : void 0;
  const next = i + 1 < end ? text[i + 1] : void 0;
  const before2 = prev === void 0 || isSpaceCode2(prev.charCodeAt(0)) || OPEN_BEFORE.includes(prev);
  return before2 && next !== void 0 && !isSpaceCode2(next.charCodeAt(0));
}
function closesHere(text, i, start, end) {
  const prev = i > start ? text[i - 1] : void 0;
  const next = i + 1 < end ? text[i + 1] : void 0;
  const after2 = next === void 0 || isSpaceCode2(next.charCodeAt(0)) || CLOSE_AFTER.includes(next) || next === "\u2019" || next === "'";
  return after2 && prev !== void 0 && !isSpaceCode2(prev.charCodeAt(0));
}
function doubleQuotes(text, start, end, paragraph) {
  const out = [];
  let open2 = -1;
  let seenMark = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 8220 && code !== 8221 && code !== 34 && code !== 8222) continue;
    const ch = text[i];
    const canOpen = ch === "\u201C" || ch === "\u201E" || ch === '"' && opensHere(text, i, start, end) || ch === "\u201D" && open2 < 0 && opensHere(text, i, start, end) && !closesHere(text, i, start, end);
    const canClose = ch === "\u201D" || ch !== "\u201E" && closesHere(text, i, start, end);
    if (open2 < 0) {
      if (canOpen) open2 = i;
      else if (canClose && !seenMark && i > start) out.push({ start, end: i + 1, paragraph, unclosed: false, unopened: true, single: false });
      else if (ch === '"') open2 = i;
    } else if (canClose || ch === '"' && !canOpen) {
      out.push({ start: open2, end: i + 1, paragraph, unclosed: false, unopened: false, single: false });
      open2 = -1;
    }
    seenMark = true;
  }
  if (open2 >= 0 && end - open2 > 1) out.push({ start: open2, end, paragraph, unclosed: true, unopened: false, single: false });
  return out;
}
function singleQuotes(text, start, end, paragraph, out) {
  let open2 = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 8216 && code !== 8217 && code !== 39) continue;
    const ch = text[i];
    const prev = i > start ? text[i - 1] : void 0;
    const next = i + 1 < end ? text[i + 1] : void 0;
    if (ch !== "\u2019" && (prev === void 0 || isSpaceCode2(prev.charCodeAt(0)) || OPEN_BEFORE.includes(prev) || prev === "\u201C" || prev === '"') && isLetterOrDigit(next)) {
      open2 = i;
      continue;
    }
    if (open2 >= 0 && ch !== "\u2018" && closesHere(text, i, start, end) && !isLetterOrDigit(next)) {
      if (i - open2 > 2) out.push({ start: open2, end: i + 1, paragraph, unclosed: false, unopened: false, single: true });
      open2 = -1;
    }
  }
}

// src/core/statements/speakers.ts
var BACK = 50;
var KIND_RANK = { person: 0, organization: 1, group: 2, state: 3, demonym: 4, place: 9 };
var SpeakerResolver = class {
  constructor(article, actors) {
    this.article = article;
    this.actors = actors;
    for (const a of actors) if (!this.kindOf.has(a.id)) this.kindOf.set(a.id, a.kind);
  }
  kindOf = /* @__PURE__ */ new Map();
  kind(id) {
    return id === null ? void 0 : this.kindOf.get(id);
  }
  /** The actor mentions inside a span, in text order. */
  mentionsIn(span) {
    const out = [];
    let i = lastStartingAtOrBefore(this.actors, span.start);
    if (i < 0 || this.actors[i].start < span.start) i++;
    for (; i < this.actors.length && this.actors[i].start < span.end; i++) {
      if (this.actors[i].end <= span.end) out.push(this.actors[i]);
    }
    return out;
  }
  /** Resolves a subject region, or returns null when it names no speaker. */
  resolve(region, words, prior, paragraph) {
    if (words.length === 0) return null;
    for (let i = 0; i < words.length; i++) {
      if (phraseAt(words, i, COLLECTIVE_WORDS)) return { speaker: COLLECTIVE_SPEAKER, source: "collective" };
    }
    const mentions = this.mentionsIn(region).filter((m) => m.kind !== "place");
    const first = words[0].lower;
    const possessive = first === "its" || first === "their" || first === "his" || first === "her";
    if (mentions.length && !possessive) {
      const best = mentions.reduce((a, b) => KIND_RANK[b.kind] < KIND_RANK[a.kind] ? b : a);
      return { speaker: best.id, source: "actor" };
    }
    const head = words.find((w) => !SKIPPABLE.has(w.lower)) ?? words[0];
    if (PERSON_PRONOUNS.has(head.lower) || first === "his" || first === "her") {
      return { speaker: this.person(region.start, prior, paragraph), source: "pronoun" };
    }
    if (PLURAL_PRONOUNS.has(head.lower) || first === "their") {
      return { speaker: this.body(region.start, prior, paragraph, true), source: "pronoun" };
    }
    if (first === "its") {
      return { speaker: this.firstInEarlierSentences(region.start, (k) => k === "group" || k === "organization" || k === "state"), source: "pronoun" };
    }
    if (BODY_PRONOUNS.has(head.lower)) {
      return { speaker: this.body(region.start, prior, paragraph, false), source: "pronoun" };
    }
    for (let i = 0; i < words.length; i++) {
      if (phraseAt(words, i, OUTLET_NOUNS)) return { speaker: this.outlet(region.start, prior), source: "outlet" };
    }
    for (let i = 0; i < words.length; i++) {
      const n = phraseAt(words, i, TITLE_NOUNS);
      if (n) return { speaker: this.titled(words.slice(i, i + n).map((w) => w.lower).join(" "), region.start), source: "title" };
    }
    if (words.some((w) => PLURAL_DESCRIPTIONS.has(w.lower))) {
      return { speaker: this.recentBody(prior, paragraph), source: "description" };
    }
    return null;
  }
  /** "he"/"she": the first person named in the sentence just before, else the person last quoted nearby, else further back. */
  person(at, prior, paragraph) {
    const justBefore = this.firstInEarlierSentences(at, (k) => k === "person", 2);
    if (justBefore) return justBefore;
    const last = prior[prior.length - 1];
    if (last && last.speaker && paragraph - last.paragraph <= 2 && this.kind(last.speaker) === "person") return last.speaker;
    return this.firstInEarlierSentences(at, (k) => k === "person");
  }
  /** "they"/"it": the body last quoted nearby, else the first body named in the nearest earlier sentence. */
  body(at, prior, paragraph, plural) {
    const recent = this.recentBody(prior, paragraph);
    if (recent) return recent;
    return this.firstInEarlierSentences(at, (k) => k === "group" || k === "organization" || k === "state" || plural && k === "demonym");
  }
  recentBody(prior, paragraph) {
    const last = prior[prior.length - 1];
    if (last && last.speaker && paragraph - last.paragraph <= 3 && this.kind(last.speaker) !== "person") return last.speaker;
    return null;
  }
  /** The first actor of an accepted kind in the sentence holding `at` (before it), then in up to `reach - 1` sentences before. */
  firstInEarlierSentences(at, accept, reach = 6) {
    const sentences = this.article.sentences;
    let s = lastStartingAtOrBefore(sentences, at);
    for (let n = 0; s >= 0 && n < reach; s--, n++) {
      const span = { start: sentences[s].start, end: Math.min(sentences[s].end, at) };
      const hit = this.mentionsIn(span).find((m) => accept(m.kind));
      if (hit) return hit.id;
    }
    return null;
  }
  /** "the report said": the outlet quoted before, else the last organisation named before. */
  outlet(at, prior) {
    for (let i2 = prior.length - 1; i2 >= 0 && i2 >= prior.length - BACK; i2--) {
      if (prior[i2].speaker && this.kind(prior[i2].speaker) === "organization") return prior[i2].speaker;
    }
    const i = lastStartingAtOrBefore(this.actors, at - 1);
    for (let k = i; k >= 0 && k > i - BACK * 4; k--) if (this.actors[k].kind === "organization" && this.actors[k].end <= at) return this.actors[k].id;
    return null;
  }
  /** "the Foreign Secretary said": the person last written with that title. */
  titled(title, at) {
    let fallback = null;
    const head = title.split(" ").pop() ?? title;
    const from = lastStartingAtOrBefore(this.actors, at - 1);
    for (let k = from; k >= 0 && k > from - BACK * 4; k--) {
      const a = this.actors[k];
      if (a.kind !== "person" || !a.title || a.end > at) continue;
      const t = a.title.toLowerCase();
      if (t === title || t.endsWith(` ${title}`)) return a.id;
      if (fallback === null && t.split(/\s+/).includes(head)) fallback = a.id;
    }
    return fallback;
  }
};
var SKIPPABLE = /* @__PURE__ */ new Set(["also", "further", "then", "later", "earlier", "however", "meanwhile", "too", "again", "once", "both", "all"]);

// src/core/statements/extractStatements.ts
function extractStatements(article, actors) {
  const sorted = [...actors].sort((a, b) => a.start - b.start || b.end - a.end);
  const resolver = new SpeakerResolver(article, sorted);
  const quotes = findQuotes(article);
  const found = [];
  const prior = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (isNameQuote(article, q)) continue;
    const prevQuote = i > 0 && quotes[i - 1].paragraph === q.paragraph ? quotes[i - 1] : null;
    const nextQuote = i + 1 < quotes.length && quotes[i + 1].paragraph === q.paragraph ? quotes[i + 1] : null;
    const cue2 = findCue(q, {
      article,
      resolver,
      prior,
      previousQuoteEnd: prevQuote ? prevQuote.end : 0,
      nextQuoteStart: nextQuote ? nextQuote.start : article.text.length
    });
    const last = found[found.length - 1];
    let speaker;
    let used = cue2;
    if (cue2) speaker = cue2.speaker;
    else if (last && continues(article, last.quote, q)) ({ speaker, used } = { speaker: last.statement.speaker, used: last.cue });
    else if (last && prevQuote === last.quote && sameSentence(article, last.quote, q)) ({ speaker, used } = { speaker: last.statement.speaker, used: last.cue });
    else if (last && !isHeadlineParagraph(article, q.paragraph) && q.paragraph - last.quote.paragraph <= 1 && quoteWords(article, q) > SHORT_QUOTE_WORDS + 1) {
      speaker = last.statement.speaker;
      used = null;
    } else continue;
    const statement = {
      start: q.start,
      end: q.end,
      text: article.text.slice(q.start, q.end),
      speaker,
      cue: used ? article.text.slice(used.start, used.end) : null,
      forum: null
    };
    if (used) statement.cueSpan = { start: used.start, end: used.end };
    found.push({ quote: q, statement, cue: used });
    prior.push({ speaker, paragraph: q.paragraph, start: q.start });
  }
  return found.map((f) => f.statement);
}
function continues(article, previous, q) {
  return previous.unclosed && q.paragraph === previous.paragraph + 1 && q.start === article.paragraphs[q.paragraph].start && !q.unopened;
}
function sameSentence(article, a, b) {
  const i = lastStartingAtOrBefore(article.sentences, a.start);
  return i >= 0 && b.start < article.sentences[i].end;
}

// src/core/pipeline.ts
function extract(name, text, kb2 = KnowledgeBase.default()) {
  const article = parseArticle(name, text);
  const actors = extractActors(article, kb2);
  const dates = extractDates(article);
  const statements = extractStatements(article, actors);
  const forums = extractForums(article, actors, dates, statements);
  return { article, annotations: { doc: name, docDate: article.docDate, actors, dates, statements, forums } };
}

// bench/worker.ts
var kb = KnowledgeBase.default();
import_worker_threads.parentPort.on("message", (msg) => {
  const entries = [];
  let skipped = 0;
  for (const file of msg.files) {
    const r = readArticleFile(file);
    if (!r.ok) {
      skipped++;
      continue;
    }
    const name = file;
    const { article, annotations } = extract(name, r.text, kb);
    entries.push({ name, article, annotations });
  }
  import_worker_threads.parentPort.postMessage({ entries, skipped });
});
