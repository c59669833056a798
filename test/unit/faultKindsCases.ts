// Stress cases for the fault kinds of issue 9 (item 3), the within-document alias kinds of issue 8
// and works, products and events typed as organizations, each kind in news, interview-transcript
// and biography styles. Every name here is invented for these tests.
//
// has: "TYPE:text" mentions that must be found with exactly that span and type.
// lacks: "text" (no mention with that exact text) or "TYPE:text" (not with that type).
// same: surface forms that must end in one entity of the document; apart: forms that must not.

export interface FaultCase {
  readonly style: 'news' | 'interview' | 'bio' | 'travel';
  readonly text: string;
  readonly has?: readonly string[];
  readonly lacks?: readonly string[];
  readonly same?: readonly (readonly [string, string])[];
  readonly apart?: readonly (readonly [string, string])[];
}

export const FAULT_KINDS: Readonly<Record<string, readonly FaultCase[]>> = {
  'a title of honour, a field of work after "in", and a contact label after an abbreviation are no names': [
    { style: 'bio', text: 'Ines Valtor was a 2019 Orlen Fund Tessaly Reporting Fellow and later a Brisk Scholar at the Marlow Institute.', has: ['PERSON:Ines Valtor', 'ORG:Marlow Institute'], lacks: ['Orlen Fund Tessaly Reporting Fellow', 'Tessaly Reporting Fellow', 'Brisk Scholar'] },
    { style: 'bio', text: 'Ines Valtor won the Marlow Prize for Excellence in Investigative Reporting in 2020 and studied in Tamsworth.', has: ['PLACE:Tamsworth'], lacks: ['Investigative Reporting'] },
    { style: 'bio', text: 'Ines Valtor lives in Tamsworth, N.J. Twitter: @ivaltor', has: ['PLACE:Tamsworth'], lacks: ['N.J. Twitter'] },
  ],
  'ranks and titles without a full stop stay outside the person': [
    { style: 'interview', text: 'I told you. Doctor Velacourt said it was fine, and Mister Okonjo agreed with Doctor Kevin Marsh.', has: ['PERSON:Velacourt', 'PERSON:Okonjo', 'PERSON:Kevin Marsh'], lacks: ['Doctor Velacourt', 'Mister Okonjo'] },
    { style: 'interview', text: 'Did you see it?\n\nNo. No. I did not.\n\nNo. Keys are in the car. He lives at No. 10 Quillon Lane.', lacks: ['No. No.', 'No. Keys', 'No.'], has: ['PLACE:Quillon Lane'] },
    { style: 'news', text: 'Sgt Oriel Vantongeren told the inquest that Insp Maud Kelleway had arrived late.', has: ['PERSON:Oriel Vantongeren', 'PERSON:Maud Kelleway'], lacks: ['Sgt Oriel Vantongeren', 'Insp Maud Kelleway'] },
    { style: 'interview', text: 'Q: Who was in charge that night?\nA: Capt Harlan Mbeki. Cpl Ysolde Fennimore was his driver.\n', has: ['PERSON:Harlan Mbeki', 'PERSON:Ysolde Fennimore'] },
    { style: 'bio', text: 'Born in 1931, Brig Tobias Quarrington served in two wars. His aide, Lt Col Edda Marchetti, later wrote his life.', has: ['PERSON:Tobias Quarrington', 'PERSON:Edda Marchetti'] },
    { style: 'news', text: 'Dr Anselm Okwuosa and Prof Liesl Grunwald signed the letter, as did Rev Ambrose Tiller.', has: ['PERSON:Anselm Okwuosa', 'PERSON:Liesl Grunwald', 'PERSON:Ambrose Tiller'] },
    { style: 'news', text: 'Det Sgt Rowan Achebe said the van was found. Achebe said no one was hurt.', has: ['PERSON:Rowan Achebe', 'PERSON:Achebe'], same: [['Rowan Achebe', 'Achebe']] },
    { style: 'interview', text: 'Gen Corwin Delacroix-Ohta reviewed the troops with Adm Sabine Thorvaldsen.', has: ['PERSON:Corwin Delacroix-Ohta', 'PERSON:Sabine Thorvaldsen'] },
  ],
  'a line that lists names is not a headline': [
    { style: 'news', text: 'Present were Ilario Benedek, Kwabena Osei, Oriane Blackwood and Teodor Whitcombe.\n', has: ['PERSON:Ilario Benedek', 'PERSON:Kwabena Osei', 'PERSON:Oriane Blackwood', 'PERSON:Teodor Whitcombe'] },
    { style: 'news', text: 'Name\tRole\tYears\nMarisol Quennell\tTreasurer\t2010-2014\nBaptiste Onwuachi\tSecretary\t2012-2016\n', has: ['PERSON:Marisol Quennell', 'PERSON:Baptiste Onwuachi'] },
    { style: 'bio', text: 'Board members:\n- Fennimore, Ysolde (Harlow Trust)\n- Achterberg, Pieter (Northfield University)\n', has: ['PERSON:Fennimore, Ysolde', 'PERSON:Achterberg, Pieter', 'ORG:Harlow Trust', 'ORG:Northfield University'] },
    { style: 'interview', text: 'Panel: Dagny Rasmussen, Obiora Nwachukwu, Henrietta Fairweather\n\nQ: Let us begin.\n', has: ['PERSON:Dagny Rasmussen', 'PERSON:Obiora Nwachukwu', 'PERSON:Henrietta Fairweather'] },
    { style: 'news', text: 'The jury found against Casimir Thornbury, Wendeline Osgood and Ravi Chaturvedi on all counts.', has: ['PERSON:Casimir Thornbury', 'PERSON:Wendeline Osgood', 'PERSON:Ravi Chaturvedi'] },
    { style: 'bio', text: 'Her students included Ottilie Brandvold, Sefton Marwick, Ines Galbraith and Joaquim Serrano.', has: ['PERSON:Ottilie Brandvold', 'PERSON:Sefton Marwick', 'PERSON:Ines Galbraith', 'PERSON:Joaquim Serrano'] },
  ],
  'a company is not a person for lack of a head word': [
    { style: 'news', text: 'Corvane Biologics said on Monday it would close two plants. Its shares fell 4 percent.', has: ['ORG:Corvane Biologics'] },
    { style: 'news', text: 'Talvera Networks reported a loss, and its chief executive resigned.', has: ['ORG:Talvera Networks'] },
    { style: 'news', text: 'Brightwater Pharma Inc said sales rose.', has: ['ORG:Brightwater Pharma Inc'] },
    { style: 'interview', text: 'Q: Why did you leave Quillon Systems?\nA: The company was sold, and Quillon Systems cut half its staff.\n', has: ['ORG:Quillon Systems'] },
    { style: 'bio', text: 'In 1998 she joined Arrowfield Logistics, where she rose to head of sales. The company later merged.', has: ['ORG:Arrowfield Logistics'] },
    { style: 'news', text: 'Shares of Vantrel Robotics rose after the firm won a contract.', has: ['ORG:Vantrel Robotics'] },
    { style: 'news', text: 'Eliska Farrow said on Monday she would run again.', has: ['PERSON:Eliska Farrow'] },
  ],
  'organization names with an inner "and" or "&" are one span': [
    { style: 'news', text: 'The Fisheries and Oceans Authority fined Marwick & Tull for the spill.', has: ['ORG:Fisheries and Oceans Authority', 'ORG:Marwick & Tull'] },
    { style: 'news', text: 'A report from the Department of Health and Social Care was published.', has: ['ORG:Department of Health and Social Care'] },
    { style: 'bio', text: 'She trained at Pellham & Rusk before joining the Society for Arts and Sciences.', has: ['ORG:Pellham & Rusk', 'ORG:Society for Arts and Sciences'] },
    { style: 'interview', text: 'Q: You worked for the Lorna and Edwin Castellane Foundation?\nA: Yes, for six years.\n', has: ['ORG:Lorna and Edwin Castellane Foundation'] },
    { style: 'news', text: 'Trains run between Leeds and Manchester, the Rail and Maritime Union said.', has: ['PLACE:Leeds', 'PLACE:Manchester', 'ORG:Rail and Maritime Union'] },
  ],
  'an organization named after a place stays whole': [
    { style: 'news', text: 'Air France and British Airways cancelled flights, Reuters reported.', has: ['ORG:Air France', 'ORG:British Airways', 'ORG:Reuters'] },
    { style: 'news', text: 'Officials told Reuters the deal was close. According to Bloomberg, it was worth $2 billion.', has: ['ORG:Reuters', 'ORG:Bloomberg'] },
    { style: 'news', text: 'Health Canada and Transport Canada issued new rules.', has: ['ORG:Health Canada', 'ORG:Transport Canada'] },
    { style: 'interview', text: 'Q: You flew Air India?\nA: No, Qatar Airways. Then Kenya Airways to Nairobi.\n', has: ['ORG:Air India', 'ORG:Qatar Airways', 'ORG:Kenya Airways', 'PLACE:Nairobi'] },
  ],
  'a surname that is also a city is the person after the full name': [
    { style: 'news', text: 'Lorna Dallas, the harbour master, inspected the docks. Dallas said the ships sail from Rotterdam.', has: ['PERSON:Lorna Dallas', 'PERSON:Dallas', 'PLACE:Rotterdam'], same: [['Lorna Dallas', 'Dallas']] },
    { style: 'news', text: 'Ships leave Houston daily. Ingram Houston, a pilot, said Houston was busy.', has: ['PERSON:Ingram Houston', 'PLACE:Houston'] },
    { style: 'bio', text: 'Ottoline Chester was born in 1902. Chester studied law and later taught in Leeds.', has: ['PERSON:Ottoline Chester', 'PERSON:Chester', 'PLACE:Leeds'], same: [['Ottoline Chester', 'Chester']] },
    { style: 'interview', text: 'Q: Mr Lincoln, when did you start?\nA: In 1990. Ambrose Lincoln is my full name.\nQ: Lincoln, did you know the mayor?\n', has: ['PERSON:Ambrose Lincoln'] },
    { style: 'news', text: 'Desmond Phoenix, the fund manager, bought shares. Phoenix said the market was cheap.', has: ['PERSON:Desmond Phoenix', 'PERSON:Phoenix'], same: [['Desmond Phoenix', 'Phoenix']] },
    { style: 'news', text: 'Carys Orlando, a nurse, moved to Florida. Orlando said she liked the heat.', has: ['PERSON:Carys Orlando', 'PERSON:Orlando', 'PLACE:Florida'] },
  ],
  'a possessive before kin or a work says person': [
    { style: 'bio', text: "The farm passed to Thistlewood's widow in 1950.", has: ['PERSON:Thistlewood'] },
    { style: 'bio', text: "Critics preferred Pellingham's debut novel to the later books.", has: ['PERSON:Pellingham'] },
    { style: 'interview', text: "A: I knew Vantrell's daughter from school.\n", has: ['PERSON:Vantrell'] },
    { style: 'news', text: "Mourners gathered at Okwuosa's funeral on Saturday.", has: ['PERSON:Okwuosa'] },
    { style: 'bio', text: "Scholars still read Quarrington's memoirs.", has: ['PERSON:Quarrington'] },
    // A body's possessions say nothing of the kind.
    { style: 'news', text: "Zentrix's shares fell sharply.", lacks: ['PERSON:Zentrix'] },
  ],
  'a club word opens an organization': [
    { style: 'bio', text: 'He played for Real Sociedad and later for Dynamo Orlenko.', has: ['ORG:Real Sociedad', 'ORG:Dynamo Orlenko'] },
    { style: 'news', text: 'Sporting Velland signed the striker on Friday.', has: ['ORG:Sporting Velland'] },
    { style: 'news', text: 'Crowds filled Union Station after Racing Tallis won.', has: ['PLACE:Union Station'] },
  ],
  'an apposition or a life event after a name says person': [
    { style: 'news', text: 'Tavish Orrin, a retired teacher, found the boat.', has: ['PERSON:Tavish Orrin'] },
    { style: 'bio', text: 'Wenna Kestrel was born in a mining village and died in 1988.', has: ['PERSON:Wenna Kestrel'] },
    { style: 'news', text: 'Ossian Varga, the harbour master, closed the port.', has: ['PERSON:Ossian Varga'] },
    { style: 'bio', text: 'In 1950 Ilsabet Quorn married a sailor; Quorn died in Lisbon.', has: ['PERSON:Ilsabet Quorn'] },
    { style: 'interview', text: 'A: My teacher was Brannoc Tull, a physicist at the institute.\n', has: ['PERSON:Brannoc Tull'] },
  ],
  'place names that are also words': [
    { style: 'interview', text: 'Q: Where did you grow up?\nA: In Nice, then in Split for a few years.\n', has: ['PLACE:Nice', 'PLACE:Split'] },
    { style: 'bio', text: 'She was born in Mobile, Alabama, and studied in Providence.', has: ['PLACE:Mobile', 'PLACE:Alabama', 'PLACE:Providence'] },
    { style: 'news', text: 'Police in Marseille and Toulon made arrests.', has: ['PLACE:Marseille', 'PLACE:Toulon'] },
  ],
  'hyphenated, particle and apostrophe surnames': [
    { style: 'news', text: 'Ingrid Holm-Saetre chaired the panel. Holm-Saetre said the budget was tight.', has: ['PERSON:Ingrid Holm-Saetre', 'PERSON:Holm-Saetre'], same: [['Ingrid Holm-Saetre', 'Holm-Saetre']] },
    { style: 'bio', text: 'Jorien van den Akker was born in 1950. Van den Akker studied physics.', has: ['PERSON:Jorien van den Akker', 'PERSON:Van den Akker'], same: [['Jorien van den Akker', 'Van den Akker']] },
    { style: 'interview', text: "Q: Ms O'Donovan, thank you.\nA: Call me Niamh. Niamh O'Donovan.\nQ: O'Donovan is an Irish name?\n", has: ["PERSON:Niamh O'Donovan"] },
    { style: 'news', text: 'Caoimhe Ní Dhuibhir won the seat. Ní Dhuibhir thanked voters.', has: ['PERSON:Caoimhe Ní Dhuibhir', 'PERSON:Ní Dhuibhir'], same: [['Caoimhe Ní Dhuibhir', 'Ní Dhuibhir']] },
    { style: 'news', text: 'Lucas D’Almeida scored twice. D’Almeida said the team was happy.', has: ['PERSON:Lucas D’Almeida', 'PERSON:D’Almeida'], same: [['Lucas D’Almeida', 'D’Almeida']] },
    { style: 'bio', text: 'Amara de la Fuente-Okoro moved to Lyon. De la Fuente-Okoro later returned.', has: ['PERSON:Amara de la Fuente-Okoro', 'PLACE:Lyon'] },
    { style: 'news', text: 'Talks with Henrik Bruun-Lindqvist stalled. Bruun-Lindqvist left early.', has: ['PERSON:Henrik Bruun-Lindqvist', 'PERSON:Bruun-Lindqvist'], same: [['Henrik Bruun-Lindqvist', 'Bruun-Lindqvist']] },
  ],
  'a lone surname opening a sentence': [
    { style: 'news', text: 'Votes were counted overnight. Kowalczyk said she would concede.', has: ['PERSON:Kowalczyk'] },
    { style: 'news', text: 'The hearing lasted two hours. Thistlewood said he would appeal.', has: ['PERSON:Thistlewood'] },
    { style: 'news', text: '"It is over," Ravensworth told reporters, adding that she was tired.', has: ['PERSON:Ravensworth'] },
    { style: 'interview', text: 'Q: And the mayor?\nA: Pellingham said his office would pay.\n', has: ['PERSON:Pellingham'] },
    // A body speaks of itself as "it".
    { style: 'news', text: 'Talks ended. Zentrix said on Monday that its chief would go.', has: ['ORG:Zentrix'] },
    { style: 'interview', text: 'Q: Was the deal fair?\nA: Yes. Nakashima said so at the time.\n', has: ['PERSON:Nakashima'] },
    { style: 'news', text: 'The bridge reopened. Abernethy added that repairs cost more than planned.', has: ['PERSON:Abernethy'] },
    { style: 'bio', text: 'The war ended in 1945. Okonkwo wrote that he felt relief.', has: ['PERSON:Okonkwo'] },
  ],
  'a lone surname of the people-name list is a person, not a body': [
    { style: 'interview', text: 'Q: Who trained you?\nA: Mostly Kowalczyk, and later Adeyemi, who ran the night shift.\n', has: ['PERSON:Kowalczyk', 'PERSON:Adeyemi'] },
    { style: 'bio', text: 'At the conservatory she studied with Castellano and shared rooms with a cellist.', has: ['PERSON:Castellano'] },
    { style: 'news', text: 'The committee rejected a motion by Petrovic on Thursday.', has: ['PERSON:Petrovic'] },
    { style: 'interview', text: 'A: I read Okonkwo every summer, and Petrovic when I can find him.\n', has: ['PERSON:Okonkwo', 'PERSON:Petrovic'] },
    { style: 'bio', text: 'His early essays answer Adeyemi on the question of land.', has: ['PERSON:Adeyemi'] },
    // A word the company dictionary knows stays a body.
    { style: 'news', text: 'Shares of Starbucks rose after the report.', lacks: ['PERSON:Starbucks'] },
  ],
  'products, vehicles, works and events are not names of our types': [
    { style: 'news', text: 'The Nancy Grace Roman Space Telescope will launch after the Kepler probe ended.', lacks: ['Nancy Grace Roman Space Telescope', 'Nancy Grace Roman'] },
    { style: 'news', text: 'See page S65 and table A12 for details.', lacks: ['S65', 'A12'] },
    { style: 'bio', text: 'She won the Hartwell Prize in 1988 and the Marlowe Medal in 1990.', lacks: ['Hartwell Prize', 'Marlowe Medal', 'PERSON:Hartwell', 'PERSON:Marlowe'] },
    { style: 'news', text: 'Veterans of the Falklands War gathered at the Brimfield Folk Festival.', lacks: ['Falklands War', 'Brimfield Folk Festival'], has: [] },
    { style: 'interview', text: 'Q: You sailed on the Queen Adelaide?\nA: Yes, and later on the HMS Thornback.\n', lacks: ['ORG:Queen Adelaide', 'ORG:HMS Thornback', 'PERSON:Queen Adelaide'] },
    { style: 'bio', text: 'His novel The Quiet Orchard sold well, and the film Paper Lanterns followed in 1961.', lacks: ['Quiet Orchard', 'The Quiet Orchard', 'Paper Lanterns'] },
    { style: 'news', text: 'The Boeing 787 Dreamliner and the Airbus A350 were grounded.', lacks: ['ORG:Boeing 787 Dreamliner', 'PERSON:Airbus A350'] },
  ],
  'a whole-caps line keeps its types': [
    { style: 'news', text: 'MARGIT HALVORSEN WINS SEAT\n\nThe count ended at dawn.', has: ['PERSON:MARGIT HALVORSEN'] },
    { style: 'news', text: 'PRIME MINISTER DELPHINE ARCHAMBAULT VISITS KENYA\n\nShe landed in Nairobi.', has: ['PERSON:DELPHINE ARCHAMBAULT', 'PLACE:KENYA'] },
    { style: 'interview', text: 'EDWIN TALLIS: Good evening.\nQ: Thank you for coming.\nEDWIN TALLIS: A pleasure.\n', has: ['PERSON:EDWIN TALLIS'] },
    { style: 'news', text: 'JAMAL OYELARAN AND THE ART OF WAITING\n\nHe waited.', has: ['PERSON:JAMAL OYELARAN'] },
    { style: 'bio', text: 'ROSALIND FAIRCLOUGH (1899-1971)\n\nShe was a painter.', has: ['PERSON:ROSALIND FAIRCLOUGH'] },
    { style: 'news', text: 'TOMASZ WIERZBICKI ARRIVES IN WARSAW\n\nThe envoy landed.', has: ['PERSON:TOMASZ WIERZBICKI'] },
  ],
  'a surname alone after the full name joins it': [
    { style: 'news', text: 'Ines Caradoc, the mayor, opened the bridge. Caradoc said it cost $4 million.', same: [['Ines Caradoc', 'Caradoc']] },
    { style: 'bio', text: 'Tobias Wrenfield was born in 1911 in Leeds. Wrenfield trained as an engineer.', same: [['Tobias Wrenfield', 'Wrenfield']] },
    { style: 'interview', text: 'Q: Today we talk to Solveig Amundsen.\nA: Thanks.\nQ: Amundsen, how did it start?\n', same: [['Solveig Amundsen', 'Amundsen']] },
    { style: 'news', text: 'Police named the driver as Kenji Haverford, 34. Haverford was charged on Tuesday.', same: [['Kenji Haverford', 'Haverford']] },
    { style: 'news', text: 'The defence minister, Dragana Petrovic, resigned. In a statement, Petrovic blamed the press.', same: [['Dragana Petrovic', 'Petrovic']] },
    { style: 'bio', text: 'After the war Ezekiel Mortlake taught music. In 1950 Mortlake moved to Paris.', same: [['Ezekiel Mortlake', 'Mortlake']] },
  ],
  'an acronym after its expansion joins it': [
    { style: 'news', text: 'The Coastal Fisheries Agency (CFA) fined three boats. The CFA said more fines would follow.', same: [['Coastal Fisheries Agency', 'CFA']] },
    { style: 'news', text: 'The National Rail Workers Union said it would strike. NRWU members voted on Friday.', same: [['National Rail Workers Union', 'NRWU']] },
    { style: 'bio', text: 'She joined the Royal Society of Marine Engineers in 1970 and chaired the RSME from 1985.', same: [['Royal Society of Marine Engineers', 'RSME']] },
    { style: 'interview', text: 'Q: You led the Western Water Authority?\nA: Yes. The WWA was small then.\n', same: [['Western Water Authority', 'WWA']] },
    { style: 'news', text: 'Officials at the Pan-Andean Trade Council (PATC) met. Later the PATC issued a statement.', same: [['Pan-Andean Trade Council', 'PATC']] },
    { style: 'news', text: 'The Harlow Institute of Technology, or HIT, opened a lab. HIT said it would hire.', same: [['Harlow Institute of Technology', 'HIT']] },
  ],
  'a short organization name after the long one joins it': [
    { style: 'news', text: 'The Harlow Group said profits rose. Harlow also said it would hire.', same: [['Harlow Group', 'Harlow']] },
    { style: 'news', text: 'Shares in Brennock Holdings fell. Brennock blamed the weather.', same: [['Brennock Holdings', 'Brennock']] },
    { style: 'bio', text: 'He joined Castellane Motors in 1960 and left Castellane in 1975.', same: [['Castellane Motors', 'Castellane']] },
    { style: 'interview', text: 'Q: Tell us about Quorvan Systems.\nA: Quorvan was my first job.\n', same: [['Quorvan Systems', 'Quorvan']] },
    { style: 'news', text: 'Talmor Bank Corp posted a loss. Talmor said bad loans rose.', same: [['Talmor Bank Corp', 'Talmor']] },
    { style: 'news', text: 'The Vexley Foundation gave $1 million. Vexley said the money would fund schools.', same: [['Vexley Foundation', 'Vexley']] },
  ],
  'a surname alone after a suffixed, particled or short-formed full name joins it': [
    { style: 'news', text: 'Police named Tomas Haverford Jr. as the driver. Haverford was charged on Friday.', has: ['PERSON:Haverford'], same: [['Tomas Haverford Jr.', 'Haverford']] },
    { style: 'news', text: 'Abdul Rahman al-Tikriti spoke first. Al-Tikriti said the vote was fair.', has: ['PERSON:Al-Tikriti'], same: [['Abdul Rahman al-Tikriti', 'Al-Tikriti']] },
    { style: 'bio', text: 'Seán Ó Briain was born in Galway. Ó Briain trained as a teacher.', same: [['Seán Ó Briain', 'Ó Briain']] },
    { style: 'news', text: 'The Northfield Police Department said two men were held. Northfield Police said more arrests were likely.', same: [['Northfield Police Department', 'Northfield Police']] },
    { style: 'interview', text: 'Q: Tell us about Garrick Oyelowo III.\nA: Oyelowo was my mentor.\n', same: [['Garrick Oyelowo III', 'Oyelowo']] },
    { style: 'news', text: 'Yusuf bin Haroun met the envoy. Bin Haroun said little.', same: [['Yusuf bin Haroun', 'Bin Haroun']] },
  ],
  'a title without a full stop before a surname joins the full name': [
    { style: 'news', text: 'Sgt Milo Drummond found the car. Sgt Drummond said it was empty.', same: [['Milo Drummond', 'Drummond']] },
    { style: 'news', text: 'Dr Amelie Fontaine led the study. Dr Fontaine said results were clear.', same: [['Amelie Fontaine', 'Fontaine']] },
    { style: 'interview', text: 'Q: Mr Okoro, welcome. You are Chidi Okoro, the director?\nA: Yes.\nQ: Mr Okoro, why now?\n', same: [['Chidi Okoro', 'Okoro']] },
    { style: 'bio', text: 'Capt Lionel Ashgrove sailed in 1912. Capt Ashgrove never returned.', same: [['Lionel Ashgrove', 'Ashgrove']] },
    { style: 'news', text: 'Prof Hanne Sorensen won. Prof Sorensen thanked her team.', same: [['Hanne Sorensen', 'Sorensen']] },
    { style: 'news', text: 'Mrs Edith Calloway, 81, was rescued. Mrs Calloway was unhurt.', same: [['Edith Calloway', 'Calloway']] },
  ],
  'a possessive joins the name': [
    { style: 'news', text: "Kofi Mensah lost the vote. Mensah's allies blamed the rain.", has: ['PERSON:Mensah'], same: [['Kofi Mensah', 'Mensah']] },
    { style: 'news', text: 'Anouk Verhoeven’s plan failed. Verhoeven’s team quit.', has: ['PERSON:Anouk Verhoeven', 'PERSON:Verhoeven'], same: [['Anouk Verhoeven', 'Verhoeven']] },
    { style: 'bio', text: "Ilse Brandauer married in 1930. Brandauer's first book appeared in 1932.", has: ['PERSON:Brandauer'], same: [['Ilse Brandauer', 'Brandauer']] },
    { style: 'news', text: "The Harlow Group's chairman resigned. Harlow's shares fell.", has: ['ORG:Harlow Group'], same: [['Harlow Group', 'Harlow']] },
    { style: 'interview', text: "Q: Talk about Desmond Achterberg.\nA: Achterberg's ideas shaped me.\n", has: ['PERSON:Achterberg'], same: [['Desmond Achterberg', 'Achterberg']] },
    { style: 'news', text: "Voters backed Teodora Vlahos. Vlahos' rival conceded.", has: ['PERSON:Vlahos'], same: [['Teodora Vlahos', 'Vlahos']] },
  ],
  'a name across a line break is one name': [
    { style: 'news', text: 'The harbour board met on Tuesday to approve the new tariffs. The statement\nwas signed by the chairman of the board, a retired pilot called Ingmar\nHolloway, who has led the board since 2015. Holloway said more changes\nwould follow before the summer season, when traffic doubles.\n', has: ['PERSON:Ingmar\nHolloway'], same: [['Ingmar\nHolloway', 'Holloway']] },
    { style: 'news', text: 'Fishing crews blocked the harbour entrance for a third day on Monday. Talks\nbetween the crews and officials from the Coastal Fisheries Authority and\nthe Northfield Port Council ended without agreement late on Sunday.\nThe crews say the new quotas will put half of them out of business.\n', has: ['ORG:Coastal Fisheries Authority', 'ORG:Northfield Port Council'] },
    { style: 'bio', text: 'She studied law in Leeds and practised in the city for a decade before\nmoving to the coast. In 1960 she married the architect and painter Rupert\nQuarrington, whom she had met during the war, and the couple settled in\na farmhouse near the sea, where they lived for the rest of their lives.\n', has: ['PERSON:Rupert\nQuarrington', 'PLACE:Leeds'] },
    { style: 'interview', text: 'Q: Who taught you the most when you started out as a young engineer?\nA: I worked for years with a brilliant metallurgist called Marguerite\nOyelowo, and she was patient with me. Oyelowo taught me to test everything\ntwice and to write everything down, even the failures, especially those.\n', has: ['PERSON:Marguerite\nOyelowo'], same: [['Marguerite\nOyelowo', 'Oyelowo']] },
    { style: 'news', text: 'Residents packed the hall on Friday evening to hear officials from the\nNorthfield City Council explain the closure of the two libraries. Several\nspeakers said the council had not consulted anyone before the decision.\nThe council said the buildings were no longer safe to use in winter.\n', has: ['ORG:Northfield City Council'] },
    // Short lines of a list are no wrapped paragraph: names on separate lines stay apart.
    { style: 'news', text: 'Winners of the county awards announced on Saturday night:\nBest newcomer: Oswin Tallard\nBest actor: Delia Marchbank\nLifetime achievement: Kwame Asante\n', has: ['PERSON:Oswin Tallard', 'PERSON:Delia Marchbank', 'PERSON:Kwame Asante'] },
  ],
  'events and firms in transcript turns': [
    { style: 'interview', text: 'ORREN PASK: Well, I joined Calloway Freight in 1990, after the army.\nHOST: What was the Harlow Strike like?\nORREN PASK: Cold. Calloway Freight paid us nothing.\n', has: ['PERSON:ORREN PASK', 'ORG:Calloway Freight'], lacks: ['Harlow Strike'] },
    { style: 'interview', text: 'Q: Were you in town for the Dunmore Floods?\nA: Yes, and for the Wexley Riots a year later.\n', lacks: ['Dunmore Floods', 'Wexley Riots'] },
    { style: 'bio', text: 'He covered the Tallis Affair and the Brennock Trial for the paper.', lacks: ['Tallis Affair', 'Brennock Trial', 'PERSON:Tallis Affair'] },
    { style: 'news', text: 'Marlow Construction and Pellham Hotels said they would rebuild.', has: ['ORG:Marlow Construction', 'ORG:Pellham Hotels'] },
    { style: 'interview', text: 'MAEVE ORSINI: We sold the farm to Tannock Breweries.\nHOST: Why?\nMAEVE ORSINI: Tannock paid well.\n', has: ['ORG:Tannock Breweries'], same: [['Tannock Breweries', 'Tannock']] },
    { style: 'bio', text: 'After the Siege of Carrow and the Velland Earthquake she wrote about relief.', lacks: ['Velland Earthquake'] },
  ],
  'works, products and events typed as organizations': [
    { style: 'bio', text: 'Her debut album Silver Harbour went gold, and the single Night Ferry reached number two.', lacks: ['Silver Harbour', 'Night Ferry'] },
    { style: 'bio', text: 'He wrote the novel Winter in Carramore and the play The Glass Orchard.', lacks: ['Winter in Carramore', 'Glass Orchard', 'The Glass Orchard'] },
    { style: 'interview', text: 'Q: Your film Lantern Road won at the Brindle Film Festival.\nA: Yes, and at the Oakhurst Awards.\n', lacks: ['Lantern Road', 'Brindle Film Festival', 'Oakhurst Awards'] },
    { style: 'news', text: 'The Marlow Cup final and the Hadley Open were cancelled, as was the Summer Lights Festival.', lacks: ['Marlow Cup', 'Hadley Open', 'Summer Lights Festival'] },
    { style: 'bio', text: 'He served in the Korean War and later aboard the USS Tallahatchie.', lacks: ['Korean War', 'ORG:USS Tallahatchie'] },
    { style: 'news', text: 'The Pemberton Award went to a poet; the Vashti Prize for Fiction to a debut.', lacks: ['Pemberton Award', 'Vashti Prize for Fiction', 'Vashti Prize'] },
    { style: 'bio', text: 'Critics praised her 1974 book, Salt and Ember, and the song "Harbour Town".', lacks: ['Salt and Ember', 'Harbour Town'] },
    { style: 'interview', text: 'Q: What about the Calder Telescope?\nA: It found the comet during the Aurora Expedition.\n', lacks: ['Calder Telescope', 'Aurora Expedition'] },
    { style: 'bio', text: 'She starred in Tamsin Rides West and later in Harbour of Echoes.', lacks: ['Tamsin Rides West', 'Harbour of Echoes'] },
    { style: 'bio', text: 'He directed Orchard Hollow (1970), Wexmoor Nights (1972) and Copper Lane Blues (1975).', lacks: ['Orchard Hollow', 'Wexmoor Nights', 'Copper Lane Blues'] },
    { style: 'interview', text: 'Q: You appeared in Quiet Harbour Tales?\nA: Yes, a small part. I also recorded Velvet Engines (1988) with friends.\n', lacks: ['Quiet Harbour Tales', 'Velvet Engines'] },
    // A person dated by a single year in a title line stays a person.
    { style: 'bio', text: 'Her reply to a letter from Ottoline Brandvold (1931) survives; Brandvold kept a copy.', has: ['PERSON:Ottoline Brandvold'] },
  ],
  'an unknown lone capitalised word is a name only with evidence': [
    { style: 'news', text: 'We tried Zembrilo last week and it tasted fine.', lacks: ['Zembrilo'] },
    { style: 'interview', text: 'Q: What did you do after school?\nA: Mostly I played Dravonix with my cousins.\n', lacks: ['Dravonix'] },
    { style: 'news', text: 'Analysts at Quorvexa expect a loss this year.', has: ['ORG:Quorvexa'] },
    { style: 'news', text: 'Quorvexa said on Monday it would cut 300 jobs.', has: ['ORG:Quorvexa'] },
    { style: 'news', text: "Tellmarin's chief executive resigned on Tuesday, and Drosk's shares fell.", has: ['ORG:Tellmarin', 'ORG:Drosk'] },
    { style: 'bio', text: 'He joined Daxworth in 2001. Daxworth later moved to bigger offices.', has: ['ORG:Daxworth'] },
    { style: 'bio', text: 'The family moved to Ostravel in 1990 and opened a bakery there.', has: ['PLACE:Ostravel'] },
    { style: 'bio', text: 'Ostravel is a small village in the hills. She was born in Brindlecombe, a market town on the river.', has: ['PLACE:Ostravel', 'PLACE:Brindlecombe'] },
    { style: 'news', text: 'He posted a 3.60 XRA in 15 games and a 2.1 QHIP, while 62 NATO members watched.', lacks: ['XRA', 'QHIP'], has: ['ORG:NATO'] },
  ],
  // Page furniture: a breadcrumb is navigation (its items never join; a place in it stays a place, a
  // section word is no name), a byline's job is no name, and a photo credit's parts are split at the
  // slashes: the photographer is a person, the agencies are organizations.
  'page furniture: breadcrumbs, bylines and photo credits': [
    { style: 'news', text: 'Home > Business > Companies > Harlow Finch Holdings', has: ['ORG:Harlow Finch Holdings'], lacks: ['PLACE:Harlow'] },
    { style: 'news', text: 'Home » World » Central Asia\nTalks resume in earnest\nNegotiators met.', has: ['PLACE:Central Asia'] },
    { style: 'news', text: 'Home » World » Central Asia\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['PLACE:Central Asia'], lacks: ['World', 'Home', 'Home » World » Central Asia', 'World » Central Asia'] },
    { style: 'news', text: 'Home > Business > Companies > Markets\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', lacks: ['Home', 'Business', 'Companies', 'Markets'] },
    { style: 'news', text: 'Home / Opinion / Northern Europe\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['PLACE:Northern Europe'], lacks: ['ORG:Northern Europe', 'Opinion'] },
    { style: 'news', text: 'Sport › Football › Harlow Rovers Club\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['ORG:Harlow Rovers Club'], lacks: ['Sport › Football › Harlow Rovers Club'] },
    { style: 'news', text: 'Talks resume\nBy Kestrel Pawlak, Staff Reporter\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['PERSON:Kestrel Pawlak'], lacks: ['Staff Reporter'] },
    { style: 'news', text: 'Talks resume\nBy QUENBY HARTE, STAFF REPORTER\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['PERSON:QUENBY HARTE'], lacks: ['STAFF REPORTER'] },
    { style: 'news', text: 'Talks resume\nBy Staff Reporter\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', lacks: ['Staff Reporter'] },
    { style: 'news', text: 'Talks resume\nBy Ilse Varga and Tomas Brenner, Senior Correspondents\nNegotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.', has: ['PERSON:Ilse Varga', 'PERSON:Tomas Brenner'], lacks: ['Senior Correspondents'] },
    { style: 'news', text: 'Negotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.\nPhoto: Mira Talbot/AFP/Northlight Images\nThe talks ended late.', has: ['PERSON:Mira Talbot', 'ORG:AFP', 'ORG:Northlight Images'], lacks: ['Talbot/AFP'] },
    { style: 'news', text: 'Protesters gathered outside the ministry. (Photo by Dario Venn/Xagency)', has: ['PERSON:Dario Venn', 'ORG:Xagency'] },
    { style: 'news', text: 'Negotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.\nXAGENCY/Quillan Marsh', has: ['ORG:XAGENCY', 'PERSON:Quillan Marsh'] },
    { style: 'news', text: 'Negotiators from both delegations met for several hours on Monday at a hotel near the old harbour, officials said, and agreed to meet again next week after a short pause for talks.\nPhotos: Quenby Harte and Anselm Dorr/Northlight Images', has: ['PERSON:Quenby Harte', 'PERSON:Anselm Dorr', 'ORG:Northlight Images'] },
    { style: 'bio', text: 'The estate lies between two parishes (Ostby / Hanvik Parish), and the family moved there in 1921.', lacks: ['ORG:Ostby', 'ORG:Hanvik Parish'] },
  ],
  'kinds left from the last round: ranks, listed objects, clubs and firms named after places, unknown surnames and places': [
    { style: 'news', text: 'Det Con Ilsa Maren told the court that Det Ch Insp Owen Radley had left.', has: ['PERSON:Ilsa Maren', 'PERSON:Owen Radley'], lacks: ['Con Ilsa Maren', 'Insp Owen Radley'] },
    { style: 'news', text: 'Asst Chief Constable Wenna Tolliver said the case was closed. Det Const Harald Pym agreed.', has: ['PERSON:Wenna Tolliver', 'PERSON:Harald Pym'], lacks: ['Asst'] },
    { style: 'news', text: 'Con Ashby, a retired teacher, disagreed.', has: ['PERSON:Con Ashby'] },
    { style: 'news', text: 'The Bureau of Timber, Salt and Copper opened an inquiry.', has: ['ORG:Bureau of Timber, Salt and Copper'] },
    { style: 'bio', text: 'She ran the Department of Health, Housing and Welfare for two years.', has: ['ORG:Department of Health, Housing and Welfare'] },
    { style: 'news', text: 'The Ministry of Defence, Britain and France signed the pact.', has: ['ORG:Ministry of Defence', 'PLACE:France'] },
    { style: 'news', text: 'Inter Milan beat Vorwald Munich 2-1 on Sunday, and Dravna Prague drew with Real Madrid.', has: ['ORG:Inter Milan', 'ORG:Vorwald Munich', 'ORG:Dravna Prague', 'ORG:Real Madrid'], lacks: ['PLACE:Milan', 'PLACE:Munich'] },
    { style: 'news', text: 'Nordland Re and Munich Re reported higher profits on Tuesday, Air Malta said.', has: ['ORG:Nordland Re', 'ORG:Munich Re', 'ORG:Air Malta'] },
    { style: 'news', text: 'Officials told Xenwire the deal was close. According to Bloomfeld, it was worth $2 billion.', has: ['ORG:Xenwire', 'ORG:Bloomfeld'] },
    { style: 'news', text: 'Anna Whitcombe, the mayor, spoke first. According to Whitcombe, the budget is tight.', has: ['PERSON:Whitcombe'] },
    { style: 'news', text: 'Kesterfield said the plan was sound. Vorobyenko said the talks would resume, and Kowalczyk said nothing.', has: ['PERSON:Kesterfield', 'PERSON:Vorobyenko', 'PERSON:Kowalczyk'] },
    { style: 'news', text: 'Zentrix said profits rose.', has: ['ORG:Zentrix'] },
    { style: 'news', text: 'Residents of Kettlebridge, a village near the border, said the bridge was closed. The convoy travelled to Ostrany and then from Ostrany to the coast.', has: ['PLACE:Kettlebridge', 'PLACE:Ostrany'] },
    { style: 'news', text: 'Present were Torvel Asquine, Ombry Kettlewick and Saffa Drelling.', has: ['PERSON:Torvel Asquine', 'PERSON:Ombry Kettlewick', 'PERSON:Saffa Drelling'] },
    { style: 'interview', text: 'Crew list:\n- Torvel Asquine, driver\n- Ombry Kettlewick, navigator\n', has: ['PERSON:Torvel Asquine', 'PERSON:Ombry Kettlewick'] },
  ],
  'an airline in a terminal list is an organization, even one named after a place': [
    { style: 'travel', text: 'Getting in\n\nTerminal 4: Nevada (Gates 2-6), Coral Air, Brightwing\nTerminal 5: Quillon, Tasman Skyways\n', has: ['ORG:Nevada', 'ORG:Brightwing', 'ORG:Quillon'], lacks: ['PLACE:Nevada'] },
    { style: 'travel', text: 'Concourse B: Montana & Orrin Air (Gate 12)\n\nThe shuttle leaves every hour.', has: ['ORG:Montana'], lacks: ['PLACE:Montana'] },
    { style: 'travel', text: 'Most flights land at the main airport. Ohio (Gates 20-24) flies from there to the coast.', has: ['ORG:Ohio'] },
    { style: 'travel', text: 'Terminal 2 is the oldest building in Nevada.\nTerminal 3: the bus stops in Ohio.', has: ['PLACE:Nevada', 'PLACE:Ohio'], lacks: ['ORG:Nevada', 'ORG:Ohio'] },
  ],
  'a name an apposition calls a firm is an organization, whatever its words look like': [
    { style: 'bio', text: 'Today Blake runs Maison Lune, a perfume house with shops in Paris.', has: ['ORG:Maison Lune'], lacks: ['PERSON:Maison Lune'] },
    { style: 'news', text: 'The money came from Casa Verde, a restaurant chain based in Lisbon.', has: ['ORG:Casa Verde'], lacks: ['PLACE:Casa Verde'] },
    { style: 'news', text: 'Quillby, a note-taking startup founded by Dana Whitcombe, raised money.', has: ['ORG:Quillby', 'PERSON:Dana Whitcombe'] },
    { style: 'news', text: 'Anna Whitcombe, a bank manager, said the loan was safe. Mara Lind, a company director, resigned.', has: ['PERSON:Anna Whitcombe', 'PERSON:Mara Lind'] },
  ],
  'a name spoken to is a person': [
    { style: 'interview', text: 'Are you gonna stall out, Jitomir? Orsolya, you are next on camera! Hi. I am Vantrice.', has: ['PERSON:Jitomir', 'PERSON:Orsolya', 'PERSON:Vantrice'] },
    { style: 'interview', text: "Thanks, Dravko. Hey Quillane, come here! Okay, thanks Marit. I'm Canadian, by the way.", has: ['PERSON:Dravko', 'PERSON:Quillane', 'PERSON:Marit'], lacks: ['Canadian'] },
    { style: 'interview', text: 'Um, did you get hold of the plumber then? On August 8th, 2007, Zarrang! announced a tour.', lacks: ['Um', 'PERSON:Zarrang'] },
  ],
  'works, eras, languages, faiths, days and brands are not organizations': [
    { style: 'bio', text: 'The navy bought two runners, the CSS Tallmadge and the CSS Florida, and the HMNZS Kereru sailed from Ohio.', lacks: ['CSS', 'CSS Florida', 'Florida', 'HMNZS Kereru', 'Kereru'], has: ['PLACE:Ohio'] },
    { style: 'bio', text: 'They watched Harbour Lights, the film, and later the Vantry Cup final.', lacks: ['Harbour Lights', 'Vantry Cup'] },
    { style: 'bio', text: 'Critics praised Moonrise Over Kelby, her second novel, and Glass Orchards, the album.', lacks: ['Moonrise Over Kelby', 'Glass Orchards'] },
    { style: 'bio', text: 'Anna Whitcombe, the film\'s producer, spoke. Maya Lund, a documentary maker, agreed.', has: ['PERSON:Anna Whitcombe', 'PERSON:Maya Lund'] },
    { style: 'news', text: 'The Cold War and the Great Depression shaped a generation; the Meiji Period and the Bronze Age did not.', lacks: ['Great Depression', 'Cold War', 'Meiji Period', 'Bronze Age'] },
    { style: 'interview', text: 'Q: What did you speak at home?\nA: Quechua and Tagalog. My brother became a Lutheran on a Thursday.\n', lacks: ['ORG:Quechua', 'ORG:Tagalog', 'Lutheran', 'Thursday'] },
    { style: 'news', text: 'He drove a Corvaro through town and drank a Fizzlo before the Zembrian Orthodox service.', lacks: ['Corvaro', 'Fizzlo', 'ORG:Zembrian Orthodox'] },
  ],
  'capitals used as a common noun are no organization': [
    { style: 'bio', text: 'After a C-section in May she wore T-shirts to the X-ray unit, and Jean-Luc Marrot drove her home.', lacks: ['C-section', 'T-shirts', 'X-ray'], has: ['PERSON:Jean-Luc Marrot'] },
    { style: 'bio', text: 'In his rookie season his lifetime ZRA stood at 2.41. ZRA is the figure scouts read first.', lacks: ['ZRA'] },
    { style: 'bio', text: 'The band released an XLP of new songs in 2004 and won their third bout by a first-round DKO.', lacks: ['XLP', 'DKO'] },
    { style: 'news', text: 'Pupils with QAT scores above 1400 were admitted to Northfield University.', lacks: ['QAT'], has: ['ORG:Northfield University'] },
    { style: 'bio', text: 'The spread is RQD = Q3 - Q1. The RQD shows how far the middle half reaches, and 1.5 × RQD marks an outlier.', lacks: ['RQD'] },
    { style: 'news', text: 'A KVRA agent met a ZNTO commander. Our QSPA Administrator said the KVRA and the ZNTO would talk.', has: ['ORG:KVRA', 'ORG:ZNTO', 'ORG:QSPA'] },
    { style: 'interview', text: 'Q: Where did you train?\nA: With the VRDF, then at a BXTO training camp. The VRDF paid for it.\n', has: ['ORG:VRDF', 'ORG:BXTO'] },
  ],
  'a newsroom job on a staff line or byline is no name, and the paper beside it is an organization': [
    { style: 'news', text: 'Council votes\nBy Dana Okafor Times Staff\n\nThe council met on Monday, Okafor wrote.', has: ['PERSON:Dana Okafor', 'ORG:Times'], lacks: ['Dana Okafor Times Staff', 'Times Staff'] },
    { style: 'news', text: 'Flood warning\nBy Ivo Brandt\nStaff Reporter for the Harlow Gazette\n\nThe river rose again.', has: ['PERSON:Ivo Brandt', 'ORG:Harlow Gazette'], lacks: ['Staff Reporter for the Harlow Gazette'] },
    { style: 'news', text: 'Bridge reopens\nVell Ostrander, Corvid Times Staff Writer\n\nThe bridge reopened.', has: ['PERSON:Vell Ostrander', 'ORG:Corvid Times'], lacks: ['Corvid Times Staff Writer'] },
    { style: 'bio', text: 'In 1990 she became a Senior Correspondent with the Marlow Herald and later its editor.', has: ['ORG:Marlow Herald'], lacks: ['Senior Correspondent with the Marlow Herald'] },
    { style: 'news', text: 'The vote was close. Harlow Times Editor Tamsin Achterberg said the paper would appeal.', has: ['ORG:Harlow Times', 'PERSON:Tamsin Achterberg'], lacks: ['Harlow Times Editor Tamsin Achterberg'] },
    { style: 'bio', text: 'About the author: Ines Valtor has served as Harbour Staff Reporter for the Velmar Courant, the city\'s oldest paper.', has: ['PERSON:Ines Valtor', 'ORG:Velmar Courant'], lacks: ['Harbour', 'Harbour Staff Reporter for the Velmar Courant'] },
    { style: 'bio', text: 'Before that Ines Valtor worked as Pentagon Staff Reporter for the Orlen Shimbun, a daily paper.', has: ['ORG:Orlen Shimbun'], lacks: ['Pentagon Staff Reporter for the Orlen Shimbun'] },
    { style: 'news', text: 'The vote was close. Quarry News Staff were at the count, and the Joint Chiefs of Staff were not.', has: ['ORG:Quarry News'], lacks: ['Quarry News Staff'] },
  ],
  'a label or body in capitals glued to a site\'s name is cut off': [
    { style: 'news', text: 'Exiles\nZRM Camp Halloran residents said on Monday they would stay in Camp Halloran.', has: ['PLACE:Camp Halloran'], lacks: ['ZRM Camp Halloran'] },
    { style: 'news', text: 'The council met. QVF officials said QVF Fort Ambry would close in May.', has: ['PLACE:Fort Ambry', 'ORG:QVF'], lacks: ['QVF Fort Ambry'] },
  ],
  'a first name that is also a country or state, taken up by he or she, is the person': [
    { style: 'interview', text: 'Four crews came, and Dalton Ebbesen led one. Dalton expressed a wish to do the work, he told me.', has: ['PERSON:Dalton'], lacks: ['PLACE:Dalton'] },
    { style: 'bio', text: 'Virginia never complains. She walks to the mill each morning with Tomas Ebbesen.', has: ['PERSON:Virginia', 'PERSON:Tomas Ebbesen'], lacks: ['PLACE:Virginia'] },
    { style: 'interview', text: 'Q: Who found the dog?\nA: Chad found him. He always checks the shed.\n', has: ['PERSON:Chad'] },
    { style: 'news', text: 'Georgia signed the accord on Monday. It also reopened its border with its neighbour.', has: ['PLACE:Georgia'], lacks: ['PERSON:Georgia'] },
    { style: 'news', text: 'Chad is a landlocked country. He said the road north was closed.', has: ['PLACE:Chad'], lacks: ['PERSON:Chad'] },
  ],
  'a firm an apposition ranks among firms is an organization': [
    { style: 'news', text: 'Kvalsund Verft, one of the largest builders in the region, launched a ferry on Tuesday.', has: ['ORG:Kvalsund Verft'], lacks: ['PERSON:Kvalsund Verft'] },
    { style: 'bio', text: 'She spent a decade at Harrow Lindqvist, one of the oldest banks in the north, before she retired.', has: ['ORG:Harrow Lindqvist'] },
    { style: 'bio', text: 'Teodor Marsh, one of the finest players of his generation, retired in 1990.', has: ['PERSON:Teodor Marsh'], lacks: ['ORG:Teodor Marsh'] },
  ],
  'a person named before an apposition with a role is found at a sentence start, even with a surname that is a word': [
    { style: 'news', text: 'Torvald Brisk, the house speaker, said the vote would wait.', has: ['PERSON:Torvald Brisk'] },
    { style: 'news', text: 'Oswin Steady, the county treasurer, resigned on Friday.', has: ['PERSON:Oswin Steady'] },
  ],
  'a lone name between "former" and a worker\'s noun is the employer': [
    { style: 'bio', text: 'He joined Pellamy after three years as a former Quorvex engineer.', has: ['ORG:Quorvex'] },
    { style: 'news', text: 'Two ex Zantrio employees and a veteran Brellix executive signed the letter.', has: ['ORG:Zantrio', 'ORG:Brellix'] },
  ],
  'authors cited with a year are people, and two of them joined by "&" are two people': [
    { style: 'bio', text: 'The effect was small (Quellner & Ardabili, 2010), and later work agreed (Voskuijlen, 1993; Tamsworth 2004).', has: ['PERSON:Quellner', 'PERSON:Ardabili', 'PERSON:Voskuijlen'], lacks: ['Quellner & Ardabili', 'ORG:Voskuijlen'] },
    { style: 'bio', text: 'Brannigan et al. found more. Later, Oyelowo (2001) disagreed with Brannigan.', has: ['PERSON:Brannigan', 'PERSON:Oyelowo'] },
    { style: 'news', text: 'The report (Harlow Research Council, 2010) and Pellam & Voss, the law firm, disagreed.', has: ['ORG:Harlow Research Council', 'ORG:Pellam & Voss'] },
  ],
  'an acronym the text defines in lower case is a term, not a name': [
    { style: 'bio', text: 'We measured the ground reaction force (GRF) at each step. The GRF rose, and GRF values fell later.', lacks: ['GRF'] },
    { style: 'news', text: 'Global sea surface warmth (SSW) data from the Harlow Space Agency (HSA) helped; the HSA said SSW rose.', has: ['ORG:Harlow Space Agency', 'ORG:HSA'], lacks: ['SSW'] },
  ],
  '"&" between two full names joins two people, not a firm': [
    { style: 'bio', text: 'The show was hosted by Karl Langtree & Helen Deegard for two years, and Harlow & Finch paid for it.', has: ['PERSON:Karl Langtree', 'PERSON:Helen Deegard', 'ORG:Harlow & Finch'], lacks: ['Karl Langtree & Helen Deegard'] },
  ],
  'a lone unknown name the sentence calls a settlement, or a train runs to, is a place': [
    { style: 'bio', text: 'The halt served the village of Quendby, in the north, and later the town of Tolmasin.', has: ['PLACE:Quendby', 'PLACE:Tolmasin'] },
    { style: 'bio', text: 'By 1883 trains were running to Arvenholt daily, and the line was extended to Brisswick in 1890.', has: ['PLACE:Arvenholt', 'PLACE:Brisswick'] },
    { style: 'news', text: 'The Bank of Quendby and the Ministry of Finance disagreed.', has: ['ORG:Bank of Quendby', 'ORG:Ministry of Finance'] },
  ],
  'parts of a law or a book are no names': [
    { style: 'news', text: 'The judge said any Title IV loan, Article III courts and Chapter 11 rules applied to Quellmark Ltd and its staff.', lacks: ['Title IV', 'Article III', 'Chapter 11'], has: ['ORG:Quellmark Ltd'] },
  ],
  'a numbered unit keeps its ordinal': [
    { style: 'bio', text: 'In 1952 the 65th Air Division moved north, and the 3rd Infantry Brigade and the Harlow Bank stayed.', has: ['ORG:65th Air Division', 'ORG:3rd Infantry Brigade', 'ORG:Harlow Bank'] },
  ],
};
