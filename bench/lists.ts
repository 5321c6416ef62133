// Word lists for the synthetic corpus. They are the bench's own (not src/core/data) so that the corpus a
// seed produces never changes when the gazetteer does; many names here are unknown to the gazetteer on purpose.

/** name | demonym | capital */
export const STATES = `Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Sarajevo
Botswana|Botswanan|Gaborone
Brazil|Brazilian|Brasilia
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|Djibouti
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Mauritania|Mauritanian|Nouakchott
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Naypyidaw
Namibia|Namibian|Windhoek
Nepal|Nepali|Kathmandu
the Netherlands|Dutch|Amsterdam
New Zealand|New Zealand|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean|Pyongyang
North Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Panama|Panamanian|Panama City
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
the Philippines|Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea|South Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Togo|Togolese|Lome
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv
the United Arab Emirates|Emirati|Abu Dhabi
the United Kingdom|British|London
the United States|American|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare`
  .split('\n')
  .map((l) => {
    const [name, demonym, capital] = l.split('|');
    return { name, demonym, capital };
  });

export const FIRST_NAMES = `Abdul Ahmad Aisha Akira Alain Aleksandr Alejandro Ali Alicia Amina Amir Ana Anders Andrea Andrei Angela Anna Antonio
Arif Armin Ashraf Asif Ayesha Barbara Bashir Beatriz Benjamin Bilal Bogdan Boris Camila Carlos Catherine Chen Chiara Christian
Claire Cristina Daniel David Dmitry Elena Elif Emeka Emily Emmanuel Erik Fatima Farhad Fernando Francesca Francois Gabriel Giorgi
Giulia Gustavo Hamid Hana Hans Haruto Hassan Helen Hiroshi Hussein Ibrahim Igor Imran Ingrid Irina Isabel Ivan Jacob Jamal Jan
Javier Jean Jiang Joao John Jorge Jose Joseph Juan Julia Kamal Karim Katarzyna Kenji Khalid Kim Kofi Lars Laura Layla Lei Leila
Li Lina Liu Lucas Luis Lukas Magnus Mahmoud Maria Mariam Marek Marina Mark Martin Maryam Mateo Matteo Mehmet Mei Michael Miguel
Mikhail Mohammed Mustafa Nadia Naveed Nikolai Nina Noor Oleg Olga Omar Oscar Pablo Paolo Patrick Pedro Peter Pierre Rahul Rania
Rashid Ravi Reza Ricardo Robert Roberto Rosa Saeed Sahar Salim Samir Sanjay Sara Sebastian Sergei Shahid Sofia Stefan Sunil Svetlana
Takeshi Tariq Thomas Tomas Umar Usman Valentina Victor Viktor Wang Wei Yasmin Yusuf Yuki Zainab Zhang Zoran Abena Adwoa Amara Ayodele
Chidi Chinedu Dawit Esi Folasade Kwame Lerato Mandla Musa Nia Oluwaseun Sipho Tendai Themba Thabo Yaw Zodwa Aigerim Askar Bakhyt
Dilnoza Farrukh Gulnara Jasur Nodira Rustam Timur Anh Bao Duc Hoa Linh Minh Quang Thanh Trang Arjun Deepa Kavita Lakshmi Priya Vikram`
  .split(/\s+/);

export const SURNAMES = `Abbasi Abdullah Adeyemi Afridi Agarwal Ahmadi Akhtar Al-Amiri Al-Hashimi Al-Jaber Al-Rashid Alvarez Amini Andersen Antonov
Arslan Asante Aziz Babic Bakr Banerjee Barzani Becker Bergstrom Bianchi Bondarenko Bose Boateng Brandt Castillo Celik Chaudhry
Chowdhury Ciobanu Costa Cruz Dahl Demir Diallo Dimitrov Dubois Durrani Eriksen Esposito Farooqi Fedorov Ferrari Fischer Fontaine
Garcia Ghani Gomez Gonzalez Guerrero Haddad Hakimi Halvorsen Hansen Hashemi Hoang Horvath Hosseini Huang Hussaini Ibrahimi Ivanov
Jablonski Jalali Jansen Jovanovic Kaczmarek Kapoor Karimi Kaya Khalili Khan Kiplagat Kiptoo Klein Kovac Kowalski Kozlov Kumar
Kuznetsov Larsen Lebedev Lefebvre Lindqvist Lombardi Lopez Magnusson Mahmoudi Malik Mansour Marchetti Marin Martinez Mazur Mehta
Mendoza Meyer Mirza Molina Morales Moreau Mukherjee Musa Nakamura Nasser Navarro Nazari Nguyen Nielsen Novak Nowak Obi Odhiambo
Okafor Okonkwo Olsen Omondi Orlov Ortiz Osei Ozturk Pavlov Pereira Petrov Popescu Popov Qureshi Rahimi Rahman Ramirez Rashidi
Reyes Ricci Rios Romano Rossi Sadiq Saleh Santos Sato Schmidt Schneider Sharif Sharma Shevchenko Siddiqui Silva Singh Sokolov
Suzuki Takahashi Tanaka Tkachenko Torres Tran Usmani Vasquez Vega Volkov Wagner Weber Wojcik Yamamoto Yilmaz Yousafzai Zaidi
Zakharov Zhou Zubair Mensah Owusu Nkosi Dlamini Mbeki Moyo Banda Phiri Tembo Ochieng Wanjiru Kamau Njoroge Haile Tesfaye Bekele
Gebre Alemu Tadesse Ndiaye Sow Traore Keita Coulibaly Toure Camara Sylla Barry Kante Abdi Warsame Farah Hassan Jama Nurmagambetov
Tokayev Abenov Iskakov Rakhimov Yusupov Karimov Tursunov Aliyev Mammadov Huseynov Gasimov Sargsyan Petrosyan Grigoryan Beridze
Kapanadze Lomidze Gelashvili Tsereteli Moldovan Rusu Lungu Ceban Horak Dvorak Kral Varga Nagy Toth Szabo Kiss Molnar Papadopoulos
Georgiou Nikolaidis Karagiannis Antonopoulos Yildiz Aydin Ozdemir Kilic Dogan Polat Suleiman Darwish Khoury Nassar Sabbagh Tahan
Wardak Popal Stanekzai Noorzai Achakzai Barakzai Sultani Kakar Mohmand Zadran Baloch Bugti Jatoi Leghari Mengal Tiwana Rathore
Chauhan Thakur Yadav Iyer Pillai Reddy Nair Menon Das Ghosh Sen Roy Dutta Bhatt Joshi Kulkarni Deshpande Patil Pham Vu Dang Bui
Do Ngo Duong Ly Watanabe Ito Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Park Choi Jung Kang Cho
Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Lam Tan Lim Ong Goh Chua Koh Teo Ng Wong Leong Sim Chan Yap`
  .split(/\s+/);

export const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Deputy Foreign Minister',
  'Ambassador', 'Special Envoy', 'General', 'spokesperson', 'National Security Adviser', 'Vice President', 'Deputy Prime Minister',
];

export const BODIES = [
  'the United Nations', 'the UN Security Council', 'the UN General Assembly', 'NATO', 'the European Union', 'the African Union', 'ASEAN',
  'the OSCE', 'the World Bank', 'the International Monetary Fund', 'the World Health Organization', 'the International Committee of the Red Cross',
  'UNHCR', 'the World Food Programme', 'Human Rights Watch', 'Amnesty International', 'the Arab League', 'the G7', 'the G20',
  'the Shanghai Cooperation Organisation', 'OPEC', 'the Gulf Cooperation Council', 'the Organisation of Islamic Cooperation', 'UNICEF',
  'the International Atomic Energy Agency', 'the White House', 'the Kremlin', 'the Pentagon', 'the State Department', 'the European Commission',
  'the Council of Europe', 'the International Criminal Court', 'Doctors Without Borders', 'the Norwegian Refugee Council', 'ECOWAS',
  'the Collective Security Treaty Organization', 'the Quad', 'the Asian Development Bank', 'the UN Human Rights Council', 'Interpol',
];

export const GROUPS = [
  'the Taliban', 'Islamic State', 'al-Qaeda', 'al-Shabaab', 'Boko Haram', 'Hezbollah', 'Hamas', 'the Houthis', 'ISIS-K', 'the Wagner Group',
  'the FARC dissidents', 'the ELN', 'the PKK', 'Tehrik-i-Taliban Pakistan', 'the Haqqani network', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'M23',
  'Ansar Dine', 'JNIM', 'Hayat Tahrir al-Sham', 'Kataib Hezbollah', 'the Rapid Support Forces', 'the Arakan Army', 'the National Resistance Front',
  'the Baloch Liberation Army', 'the Allied Democratic Forces', 'the Tigray People\'s Liberation Front', 'Ansar al-Sunna', 'the Popular Mobilization Forces',
];

export const OUTLETS = [
  'Reuters', 'AFP', 'the Associated Press', 'the BBC', 'Al Jazeera', 'The New York Times', 'The Washington Post', 'The Guardian', 'Dawn',
  'Politico', 'TASS', 'Xinhua', 'Le Monde', 'Der Spiegel', 'NHK', 'CNN', 'Bloomberg', 'the Financial Times', 'The Hindu', 'Anadolu Agency',
  'Tolo News', 'Kyodo', 'Yonhap', 'Asharq Al-Awsat', 'The Times of India', 'Deutsche Welle', 'RIA Novosti', 'Interfax', 'Radio Free Europe',
];

export const TOPICS = [
  'the humanitarian crisis in {S}', 'counterterrorism', 'the refugee crisis', 'food security', 'climate finance', 'nuclear non-proliferation',
  'maritime security', 'the situation in {S}', 'women\'s rights in {S}', 'the reconstruction of {S}', 'regional stability', 'arms control',
  'the drug trade', 'border security', 'energy prices', 'debt relief', 'vaccine distribution', 'the ceasefire in {S}', 'sanctions on {S}',
];

export const FORUM_BLOCS = ['G7', 'G20', 'NATO', 'EU', 'ASEAN', 'Quad', 'BRICS', 'SCO', 'Arab League', 'African Union', 'OSCE', 'GCC'];
export const MINISTERS = ['foreign ministers', 'defence ministers', 'finance ministers', 'leaders', 'interior ministers', 'energy ministers'];
export const FORUM_NOUNS = ['summit', 'conference', 'talks', 'meeting', 'forum', 'dialogue'];

export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const QUOTE_PARTS = {
  opening: [
    'We are deeply concerned by', 'We will not accept', 'We remain committed to', 'Nobody can ignore', 'We call on all parties to end',
    'This is a turning point for', 'There can be no military solution to', 'Our priority is', 'We cannot allow', 'The world must respond to',
    'We welcome the progress on', 'It is unacceptable to tolerate', 'We are ready to discuss', 'History will judge us on',
  ],
  object: [
    'the violence against civilians', 'the safety of our citizens', 'a lasting ceasefire', 'the suffering of ordinary people', 'regional security',
    'the rights of women and girls', 'the flow of humanitarian aid', 'the attacks on aid workers', 'an inclusive government', 'the return of refugees',
    'the threat of terrorism', 'the sovereignty of our country', 'a negotiated settlement', 'free and fair elections', 'the collapse of the economy',
  ],
  tail: [
    'and we will keep working with our partners', 'and we expect concrete steps', 'before it is too late', 'in the coming weeks',
    'as we have said many times', 'without any preconditions', 'and this will not change', 'whatever the cost', 'together with the international community',
    'and the clock is ticking', 'in line with international law', 'for the sake of future generations',
  ],
};

/** Sentences with slots: {S} state, {S2} another state, {D} demonym, {B} body, {G} armed group, {C} capital, {P} place, {T} a date phrase, {N} a number word. */
export const FILLERS = [
  '{S} has repeatedly called for restraint, but the fighting has spread to {P} {T}.',
  'Officials in {C} said the talks had made little progress, while {B} urged both sides to return to the table.',
  'The {D} government has been under pressure from {S2} and {B} to open a corridor for aid.',
  '{G} claimed responsibility for the attack near {P}, which killed at least {N} people {T}.',
  'Analysts say {S} is unlikely to change course before the elections, which are due {T}.',
  'The crisis has displaced more than {N} million people over the past {N} years, according to estimates by {B}.',
  'Diplomats from {S} and {S2} met {T} to discuss a possible exchange of prisoners.',
  '{B} warned that food prices in {S} had doubled since {M}, pushing millions into hunger.',
  'The {D} delegation left {C} {T} without signing the draft agreement.',
  'Fighters loyal to {G} seized several checkpoints on the road to {P} {T}.',
  'Trade between {S} and {S2} has fallen sharply in the last {N} months.',
  '{S2} has offered to mediate, a proposal that {C} has so far declined.',
  'Human rights groups have documented dozens of arrests in {P} since {M}.',
  'The border crossing near {P} was reopened {T} after being closed for {N} weeks.',
  'Most foreign embassies in {C} have cut their staff, and some have moved to {C2}.',
  'The {D} parliament is expected to vote on the measure {T}.',
  'A convoy carrying medical supplies reached {P} {T}, the first in {N} weeks.',
  '{G} has denied any role in the bombing, which {S} blamed on foreign-backed militants.',
  'Sanctions imposed by {B} in {Y} have cut {S} off from most international lenders.',
  'The ministry of foreign affairs in {C} summoned the {D2} ambassador {T}.',
  'The economy of {S} contracted by {N} per cent in {Y}, the steepest fall in {N} years.',
  'Aid agencies say the winter will be the hardest test, with fuel shortages reported across {P}.',
  'Satellite images showed new military positions near {P} in mid-{M}.',
  'Talks on a new security pact between {S} and {S2} stalled in {M} {Y}.',
  'The {D} army said it had regained control of {P} after {N} days of fighting.',
];
