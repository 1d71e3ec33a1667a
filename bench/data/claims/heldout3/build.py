#!/usr/bin/env python3
"""Builds articles.jsonl, gold.jsonl and lines.jsonl for the heldout3 corpus.

Gold rows are written with an anchor (a unique snippet of the article text that
contains the number); the occurrence index is computed from the anchor position.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def T(headline, *paras):
    return "\n\n".join((headline,) + paras)


# ---------------------------------------------------------------- crisis 1
W01_BODY = [
    "LISBON, Aug 4 (Reuters) - Wildfires fuelled by temperatures of up to 46 degrees Celsius have killed seven people in Portugal since Sunday, the national civil protection authority (ANEPC) said on Tuesday, as more than 1,000 firefighters battled blazes in the central districts of Coimbra and Leiria.",
    "ANEPC commander André Fernandes told reporters in Coimbra that at least 2,300 people had been evacuated from villages since the fires broke out. Twenty-eight people were injured, four of them seriously, he said.",
    "Among the dead was a 79-year-old shepherd who was caught by the flames near Góis, about 40 km east of Coimbra.",
    "The government declared a state of calamity for the districts of Coimbra and Leiria until Aug 9 and asked residents to stay off forest roads.",
]
W04_BODY = [
    "LISBON (AFP) - Portugal's firefighters' league said on Friday that at least 24 people had died in the wildfires ravaging the centre of the country, contradicting the official toll of 19 given by the civil protection authority.",
    "“Our men are finding bodies in places the authorities have not yet reached,” League of Portuguese Firefighters president Rui Calado told AFP. Three of the dead were volunteer firefighters, the league said.",
    "The civil protection authority, ANEPC, said it would only confirm deaths once bodies had been identified, and that four people remained unaccounted for.",
    "On Thursday, coast guard boats rescued 42 people, among them a 12-year-old girl, who had been trapped by the flames on a beach at the Aguieira reservoir, the maritime authority said.",
    "Temperatures were forecast to fall to 31C by Sunday, giving crews a chance to contain the fires.",
]
W07_BODY = [
    "LISBON, Aug 10 (Reuters) - The death toll from a week of wildfires in central Portugal has climbed to 26, including four firefighters, the civil protection authority said on Monday. Eighteen of the dead were in the district of Coimbra.",
    "ANEPC said 87 people had been injured, while the health ministry put the number of injured at more than 110, saying many people with burns and smoke inhalation had gone straight to hospitals.",
    "The authority said nearly 6,000 people had been evacuated since the fires began on Aug 2 and more than 300 homes had been destroyed. It said nearly 2,000 firefighters were still deployed on Monday.",
    "Rain forecast for Wednesday, the first in 60 days, was expected to help crews contain the last active fronts near Pampilhosa da Serra.",
]

# ---------------------------------------------------------------- crisis 2
W11_BODY = [
    "BUNIA, Democratic Republic of Congo, Sept 3 (Reuters) - Militia attacks on villages in Congo's northeastern Ituri province have killed at least 22 people since Tuesday, a provincial government spokesman said on Thursday, in a new flare-up of violence between rival communities.",
    "Gunmen armed with machetes and rifles attacked at least six villages in Djugu territory, spokesman Jean-Claude Mbusa told reporters in Bunia. At least 40 people were wounded, he said.",
    "“Some victims were burned in their homes,” Mbusa said, adding that the army had sent reinforcements.",
    "Ituri has been hit by waves of ethnic violence since the late 1990s.",
]
W17_BODY = [
    "BUNIA (DR Congo) (AFP) - Civil society groups in DR Congo's Ituri province said on Wednesday that more than 120 people had been killed in a week of militia attacks, nearly double the official toll of 63 given by the provincial government.",
    "“We have counted the graves village by village,” Djugu civil society president Dieudonné Lossa told AFP.",
    "In Bunia, the provincial capital, six people were killed on Monday when rival youth groups clashed in the Lumumba neighbourhood, the city's mayor Esther Lokana said. Police arrested 15 people after the clashes, she said.",
    "The UN mission MONUSCO said it had sent more peacekeepers to Djugu territory.",
]

ARTICLES = [
    dict(id="w01", url="https://www.reuters.com/world/europe/portugal-wildfires-kill-seven-force-thousands-from-homes-2026-08-04/",
         published="2026-08-04", outlet="Reuters", copy_of=None,
         text=T("Portugal wildfires kill 7, force thousands from homes", *W01_BODY)),
    dict(id="w02", url="https://www.dailyledger.com/news/world/2026/08/04/seven-dead-as-fires-sweep-central-portugal",
         published="2026-08-04", outlet="The Daily Ledger", copy_of="w01",
         text=T("Seven dead as fires sweep central Portugal", *W01_BODY)),
    dict(id="w03", url="https://www.lisboncourier.pt/news/2026/08/06/fire-death-toll-rises-to-19-as-flames-reach-lousa",
         published="2026-08-06", outlet="The Lisbon Courier", copy_of=None,
         text=T("Fire death toll rises to 19 as flames reach Lousã",
                "The number of people killed by the wildfires in central Portugal has risen to 19, the civil protection authority said on Thursday, making them the country's deadliest fires since 2017, when 66 people died in the Pedrógão Grande blaze.",
                "Five of the victims died on Wednesday when flames engulfed their cars on a mountain road near Pampilhosa da Serra, ANEPC said. Four people are still missing.",
                "The authority said 52 people had been injured and about 4,000 had been evacuated across the country since Sunday.",
                "In the town of Lousã, some 600 residents were moved to a sports hall overnight as the fire came within two kilometres of the centre, mayor Helena Costa told the Courier. “We have not slept for three days,” she said.")),
    dict(id="w04", url="https://www.afp.com/en/news/portugal-firefighters-say-wildfire-toll-higher-than-official-count-2026-08-07",
         published="2026-08-07", outlet="AFP", copy_of=None,
         text=T("Portugal firefighters say wildfire toll higher than official count", *W04_BODY)),
    dict(id="w05", url="https://www.iberiadaily.com/portugal/2026/08/07/firefighters-contradict-lisbons-wildfire-death-toll",
         published="2026-08-07", outlet="Iberia Daily", copy_of="w04",
         text=T("Firefighters contradict Lisbon's wildfire death toll", *W04_BODY[:-1])),
    dict(id="w06", url="https://www.iberiadaily.com/portugal/2026/08/08/portugal-approves-fire-aid-package",
         published="2026-08-08", outlet="Iberia Daily", copy_of=None,
         text=T("Portugal approves €150 million aid package for fire-hit regions",
                "Portugal's government on Saturday approved a €150 million emergency package for towns and farmers hit by the wildfires in the districts of Coimbra and Leiria, the prime minister's office said.",
                "The European Commission pledged €30 million in emergency aid and said Spanish and Italian water-bombing planes would stay in Portugal until the end of the month.",
                "Private donations to a national relief fund opened on Monday have reached €18 million so far, the finance ministry said.",
                "The farmers' confederation CAP said the fires had destroyed vineyards and olive groves that had taken 30 years to grow.")),
    dict(id="w07", url="https://www.reuters.com/world/europe/portugal-wildfire-toll-climbs-26-crews-gain-ground-2026-08-10/",
         published="2026-08-10", outlet="Reuters", copy_of=None,
         text=T("Portugal wildfire toll climbs to 26 as crews gain ground", *W07_BODY)),
    dict(id="w08", url="https://www.dailyledger.com/news/world/2026/08/10/portugal-fire-deaths-reach-26-health-ministry-counts-more-injured",
         published="2026-08-10", outlet="The Daily Ledger", copy_of="w07",
         text=T("Portugal fire deaths reach 26; health ministry counts more injured", *W07_BODY[:-1])),
    dict(id="w09", url="https://www.lisboncourier.pt/news/2026/08/14/authorities-revise-fire-death-toll-down-to-25",
         published="2026-08-14", outlet="The Lisbon Courier", copy_of=None,
         text=T("Authorities revise fire death toll down to 25",
                "Portugal's civil protection authority on Friday revised the death toll from this month's wildfires down to 25, saying an 81-year-old man from Góis had been counted twice. ANEPC had previously put the toll at 26.",
                "The last active fire, near Pampilhosa da Serra, was declared under control on Thursday after 11 days. The authority said 118 people had been injured in total.",
                "The government said 412 homes had been destroyed and that rebuilding would take at least two years.",
                "Private donations to the national relief fund have now reached €41 million, the finance ministry said.")),
    # ------------------------------------------------------------ crisis 2
    dict(id="w11", url="https://www.reuters.com/world/africa/militia-attacks-kill-least-22-congos-ituri-province-2026-09-03/",
         published="2026-09-03", outlet="Reuters", copy_of=None,
         text=T("Militia attacks kill at least 22 in Congo's Ituri province", *W11_BODY)),
    dict(id="w12", url="https://www.kampalapost.co.ug/world/2026/09/03/22-killed-as-militia-raid-villages-in-ituri",
         published="2026-09-03", outlet="Kampala Post", copy_of="w11",
         text=T("22 killed as militia raid villages across the border in Ituri", *W11_BODY[:-1])),
    dict(id="w13", url="https://www.greatlakesmonitor.org/2026/09/05/night-attack-on-plaine-savo-displacement-site",
         published="2026-09-05", outlet="Great Lakes Monitor", copy_of=None,
         text=T("Dozens killed in night attack on Ituri displacement camp",
                "At least 31 people, including 11 children, were killed when militiamen stormed the Plaine Savo displacement site in Djugu territory overnight on Friday, the UN peacekeeping mission MONUSCO said on Saturday.",
                "Another 14 people were wounded and taken to a clinic run by Médecins Sans Frontières in Drodro, about 20 km away, MONUSCO said.",
                "Residents said peacekeepers based 3 km from the camp arrived after the attackers had fled.",
                "A 34-year-old mother said she hid in a latrine with her baby. “They went from shelter to shelter,” she said.")),
    dict(id="w14", url="https://www.greatlakesmonitor.org/2026/09/06/plaine-savo-toll-rises-to-38",
         published="2026-09-06", outlet="Great Lakes Monitor", copy_of=None,
         text=T("Plaine Savo toll rises to 38 as tens of thousands flee",
                "The death toll from Friday night's attack on the Plaine Savo displacement site has risen to 38 after more bodies were found in the surrounding bush, Djugu territory administrator Colonel Marc Ngabo told the Monitor on Sunday. He said up to 60 residents of the site were still missing.",
                "Civil society groups in Djugu say more than 50 people have been killed in Ituri since the violence began on Sept. 1.",
                "The provincial government estimated on Sunday that between 40,000 and 60,000 people had been displaced in the province, many of them heading towards Bunia or the Ugandan border.",
                "Schools across Djugu have been closed until further notice, the provincial education office said.")),
    dict(id="w15", url="https://www.reuters.com/world/africa/nearly-90000-displaced-congos-ituri-un-says-2026-09-07/",
         published="2026-09-07", outlet="Reuters", copy_of=None,
         text=T("Nearly 90,000 displaced by violence in Congo's Ituri, UN says",
                "GENEVA/BUNIA, Sept 7 (Reuters) - Violence in Congo's Ituri province has displaced nearly 90,000 people in a week, the U.N. humanitarian office OCHA said on Monday, far more than the provincial government's estimate.",
                "Bunia's mayor, Esther Lokana, said about 25,000 of them had taken shelter in schools and churches in the provincial capital.",
                "The U.N. refugee agency UNHCR said more than 5,000 Congolese refugees had crossed into Uganda since Sept. 1, many of them by boat across Lake Albert.",
                "Aid workers warned that the rainy season, due to start in two weeks, could trigger cholera outbreaks in crowded sites.")),
    dict(id="w16", url="https://www.greatlakesmonitor.org/2026/09/08/ituri-government-says-63-killed-210-wounded",
         published="2026-09-08", outlet="Great Lakes Monitor", copy_of=None,
         text=T("Ituri government says 63 killed, 210 wounded in a week of attacks",
                "Attacks by militiamen have killed 63 people in Ituri province since Sept. 1 and wounded 210, provincial government spokesman Jean-Claude Mbusa said on Tuesday.",
                "Mbusa said the army had retaken control of the road between Bunia and Mahagi, 180 km to the north, and urged displaced families to return home.",
                "“The situation is under control,” he told a news conference, a claim disputed by residents of Djugu who reported fresh gunfire on Monday night.")),
    dict(id="w17", url="https://www.afp.com/en/news/dr-congo-civil-society-says-ituri-toll-double-official-figure-2026-09-09",
         published="2026-09-09", outlet="AFP", copy_of=None,
         text=T("DR Congo: civil society says Ituri toll double official figure", *W17_BODY)),
    dict(id="w18", url="https://www.kampalapost.co.ug/world/2026/09/09/ituri-death-toll-above-120-say-congolese-civil-society-groups",
         published="2026-09-09", outlet="Kampala Post", copy_of="w17",
         text=T("Ituri death toll above 120, say Congolese civil society groups", *W17_BODY[:-1])),
    dict(id="w19", url="https://www.kampalapost.co.ug/news/2026/09/10/refugee-arrivals-from-ituri-overwhelm-kikuube",
         published="2026-09-10", outlet="Kampala Post", copy_of=None,
         text=T("Refugee arrivals from Ituri overwhelm Kikuube reception centres",
                "The number of Congolese refugees who have fled violence in Ituri province into Uganda has reached about 12,000, the UN refugee agency UNHCR said on Thursday, but Ugandan officials put the figure much higher.",
                "Uganda's Office of the Prime Minister, which manages refugee affairs, said 18,500 Congolese had crossed into the country since Sept. 1, most of them by boat across Lake Albert to the Sebagoro landing site.",
                "A 12-year-old boy who crossed alone told the Post his parents had been killed in Djugu.",
                "The OPM said it was moving new arrivals to the Kyangwali settlement, 60 km inland.")),
    dict(id="w20", url="https://www.reuters.com/world/africa/un-says-least-130-killed-congos-ituri-army-reports-arrests-2026-09-12/",
         published="2026-09-12", outlet="Reuters", copy_of=None,
         text=T("U.N. says at least 130 killed in Congo's Ituri, army reports arrests",
                "KINSHASA/BUNIA, Sept 12 (Reuters) - The U.N. humanitarian office OCHA said on Saturday that at least 130 people had been killed in militia violence in Congo's Ituri province since Sept. 1 and 190 wounded, making it the worst bout of bloodshed in the province since 2003.",
                "OCHA said more than 110,000 people had now been displaced.",
                "The Congolese army said it had arrested 37 suspected militiamen, including a local commander, since its operations began.",
                "On Thursday, nine people were killed when gunmen ambushed a minibus near Fataki, army spokesman Lieutenant Jules Ngongo told Reuters.")),
    dict(id="w21", url="https://www.greatlakesmonitor.org/2026/09/16/un-launches-62-million-appeal-for-ituri",
         published="2026-09-16", outlet="Great Lakes Monitor", copy_of=None,
         text=T("UN launches $62 million appeal as Ituri crisis deepens",
                "The United Nations on Wednesday launched a $62 million flash appeal for Ituri, saying two weeks of violence had forced about 150,000 people from their homes, including more than 30,000 now sheltering in Bunia.",
                "OCHA said at least 157 people had been killed since Sept. 1. The UN children's agency UNICEF said at least 27 of them were children.",
                "The UN's Central Emergency Response Fund released $9 million, but the appeal was only 8 percent funded on its first day, OCHA said.",
                "UNHCR said more than 21,000 refugees had now reached Uganda. Police in Ituri said a total of 52 suspects had been arrested.")),
]

# ---------------------------------------------------------------- lines
LINES = [
    # crisis 1: Portugal wildfires, Aug 2026
    ("PT_KILL", "KILL", "people", "Portugal", "cumulative", "People killed by the wildfires in Portugal since they broke out on 2 Aug 2026"),
    ("PT_KILL_FF", "KILL", "firefighters", "Portugal", "cumulative", "Firefighters among those killed by the Portuguese wildfires (sub-group)"),
    ("PT_KILL_COIMBRA", "KILL", "people", "Coimbra district, Portugal", "cumulative", "People killed by the wildfires in the district of Coimbra only"),
    ("PT_KILL_ROAD", "KILL", "people", "mountain road near Pampilhosa da Serra, Portugal", "incident", "People who died when flames engulfed their cars on a road near Pampilhosa da Serra on Wed 5 Aug"),
    ("PT_KILL_2017", "KILL", "people", "Pedrógão Grande, Portugal", "past event (2017)", "Deaths in the 2017 Pedrógão Grande fire, recalled for comparison"),
    ("PT_WOUND", "WOUND", "people", "Portugal", "cumulative", "People injured by the wildfires in Portugal"),
    ("PT_WOUND_SERIOUS", "WOUND", "people seriously injured", "Portugal", "cumulative", "Seriously injured people (sub-group of the injured)"),
    ("PT_EVAC", "EVACUATE", "people", "Portugal", "cumulative", "People evacuated because of the wildfires in Portugal"),
    ("PT_EVAC_LOUSA", "EVACUATE", "residents", "Lousã (town), Portugal", "incident", "Residents of the town of Lousã moved to a sports hall overnight (5-6 Aug)"),
    ("PT_MISSING", "MISSING", "people", "Portugal", "current", "People missing in the Portuguese wildfires"),
    ("PT_RESCUED_AGUIEIRA", "OTHER", "people rescued", "Aguieira reservoir, Portugal", "incident", "People rescued by coast guard boats from a beach at the Aguieira reservoir on Thu 6 Aug"),
    ("PT_HOMES", "OTHER", "homes destroyed", "Portugal", "cumulative", "Homes destroyed by the Portuguese wildfires"),
    ("PT_FIREFIGHTERS_DEPLOYED", "OTHER", "firefighters deployed", "Portugal", "current", "Firefighters deployed against the fires"),
    ("PT_MONEY_GOV", "MONEY", "emergency aid package (EUR)", "Portugal", "pledge", "Portuguese government emergency package for fire-hit areas"),
    ("PT_MONEY_EU", "MONEY", "emergency aid (EUR)", "Portugal", "pledge", "European Commission emergency aid pledge"),
    ("PT_MONEY_DONATIONS", "MONEY", "private donations (EUR)", "Portugal", "cumulative", "Running total of private donations to the national relief fund"),
    # crisis 2: Ituri, DR Congo, Sept 2026
    ("CD_KILL", "KILL", "people", "Ituri province, DR Congo", "cumulative", "People killed in the militia attacks in Ituri since 1 Sept 2026"),
    ("CD_KILL_CHILD", "KILL", "children", "Ituri province, DR Congo", "cumulative", "Children killed in Ituri since 1 Sept (sub-group)"),
    ("CD_WOUND", "WOUND", "people", "Ituri province, DR Congo", "cumulative", "People wounded in the Ituri attacks since 1 Sept"),
    ("CD_VILLAGES", "OTHER", "villages attacked", "Djugu territory, Ituri, DR Congo", "cumulative", "Villages attacked in Djugu in the first days of the violence"),
    ("CD_KILL_SAVO", "KILL", "people", "Plaine Savo displacement site, Djugu, Ituri", "incident", "People killed in the night attack on the Plaine Savo displacement site (night of Fri 4 to Sat 5 Sept)"),
    ("CD_KILL_SAVO_CHILD", "KILL", "children", "Plaine Savo displacement site, Djugu, Ituri", "incident", "Children killed in the Plaine Savo attack (sub-group)"),
    ("CD_WOUND_SAVO", "WOUND", "people", "Plaine Savo displacement site, Djugu, Ituri", "incident", "People wounded in the Plaine Savo attack"),
    ("CD_MISSING_SAVO", "MISSING", "residents", "Plaine Savo displacement site, Djugu, Ituri", "incident", "Residents of Plaine Savo missing after the attack"),
    ("CD_KILL_BUNIA_CLASH", "KILL", "people", "Bunia (city), Ituri", "incident", "People killed in clashes between youth groups in Bunia's Lumumba neighbourhood on Mon 7 Sept"),
    ("CD_ARREST_BUNIA_CLASH", "ARREST", "people", "Bunia (city), Ituri", "incident", "People arrested by police after the Bunia clashes of 7 Sept"),
    ("CD_KILL_FATAKI", "KILL", "people", "near Fataki, Djugu, Ituri", "incident", "People killed in the ambush of a minibus near Fataki on Thu 10 Sept"),
    ("CD_DISPLACE", "DISPLACE", "people", "Ituri province, DR Congo", "cumulative", "People displaced inside Ituri by the violence since 1 Sept"),
    ("CD_DISPLACE_BUNIA", "DISPLACE", "displaced people", "Bunia (city), Ituri", "cumulative", "Displaced people sheltering in the city of Bunia"),
    ("CD_REFUGEE_UG", "REFUGEE", "Congolese refugees", "Uganda (from Ituri)", "cumulative", "Refugees from Ituri who have crossed into Uganda since 1 Sept"),
    ("CD_ARREST", "ARREST", "suspected militiamen", "Ituri province, DR Congo", "cumulative", "Suspects arrested in Ituri since security operations began"),
    ("CD_MONEY_APPEAL", "MONEY", "flash appeal (USD)", "Ituri province, DR Congo", "appeal", "UN flash appeal for Ituri launched 16 Sept"),
    ("CD_MONEY_CERF", "MONEY", "CERF allocation (USD)", "Ituri province, DR Congo", "pledge", "Allocation from the UN Central Emergency Response Fund"),
    ("CD_APPEAL_FUNDED_PCT", "OTHER", "percent of appeal funded", "Ituri province, DR Congo", "current", "Share of the Ituri flash appeal funded (percentage)"),
]

# ---------------------------------------------------------------- gold
# (article, number, anchor, line, value, claimant, marks)
ANEPC = "civil protection authority (ANEPC)"
LEAGUE = "League of Portuguese Firefighters"
PROV = "Ituri provincial government"
CS = "Djugu civil society"
D, DR = ["disputed"], ["drop"]

W01_GOLD = [
    ("seven", "have killed seven people", "PT_KILL", 7, ANEPC, []),
    ("more than 1,000", "more than 1,000 firefighters", "PT_FIREFIGHTERS_DEPLOYED", 1000, ANEPC, []),
    ("at least 2,300", "at least 2,300 people", "PT_EVAC", 2300, ANEPC, []),
    ("Twenty-eight", "Twenty-eight people were injured", "PT_WOUND", 28, ANEPC, []),
    ("four", "four of them seriously", "PT_WOUND_SERIOUS", 4, ANEPC, []),
]
W04_GOLD = [
    ("at least 24", "at least 24 people had died", "PT_KILL", 24, LEAGUE, D),
    ("19", "official toll of 19", "PT_KILL", 19, ANEPC, D),
    ("Three", "Three of the dead were volunteer firefighters", "PT_KILL_FF", 3, LEAGUE, []),
    ("four", "four people remained unaccounted for", "PT_MISSING", 4, ANEPC, []),
    ("42", "rescued 42 people", "PT_RESCUED_AGUIEIRA", 42, "maritime authority", []),
]
W07_GOLD = [
    ("26", "has climbed to 26", "PT_KILL", 26, ANEPC, []),
    ("four", "including four firefighters", "PT_KILL_FF", 4, ANEPC, []),
    ("Eighteen", "Eighteen of the dead", "PT_KILL_COIMBRA", 18, ANEPC, []),
    ("87", "87 people had been injured", "PT_WOUND", 87, ANEPC, D),
    ("more than 110", "at more than 110", "PT_WOUND", 110, "health ministry", D),
    ("nearly 6,000", "nearly 6,000 people", "PT_EVAC", 6000, ANEPC, []),
    ("more than 300", "more than 300 homes", "PT_HOMES", 300, ANEPC, []),
    ("nearly 2,000", "nearly 2,000 firefighters", "PT_FIREFIGHTERS_DEPLOYED", 2000, ANEPC, []),
]
W11_GOLD = [
    ("at least 22", "have killed at least 22 people", "CD_KILL", 22, PROV, []),
    ("at least six", "at least six villages", "CD_VILLAGES", 6, PROV, []),
    ("At least 40", "At least 40 people were wounded", "CD_WOUND", 40, PROV, []),
]
W17_GOLD = [
    ("more than 120", "more than 120 people had been killed", "CD_KILL", 120, CS, D),
    ("63", "official toll of 63", "CD_KILL", 63, PROV, D),
    ("six", "six people were killed on Monday", "CD_KILL_BUNIA_CLASH", 6, "mayor of Bunia", []),
    ("15", "Police arrested 15 people", "CD_ARREST_BUNIA_CLASH", 15, "mayor of Bunia", []),
]

GOLD = []
for art in ("w01", "w02"):
    GOLD += [(art,) + g for g in W01_GOLD]
GOLD += [
    ("w03", "19", "has risen to 19", "PT_KILL", 19, ANEPC, D),
    ("w03", "66", "when 66 people died", "PT_KILL_2017", 66, "the article", []),
    ("w03", "Five", "Five of the victims died", "PT_KILL_ROAD", 5, ANEPC, []),
    ("w03", "Four", "Four people are still missing", "PT_MISSING", 4, ANEPC, []),
    ("w03", "52", "52 people had been injured", "PT_WOUND", 52, ANEPC, []),
    ("w03", "about 4,000", "about 4,000 had been evacuated", "PT_EVAC", 4000, ANEPC, []),
    ("w03", "some 600", "some 600 residents", "PT_EVAC_LOUSA", 600, "mayor of Lousã", []),
]
for art in ("w04", "w05"):
    GOLD += [(art,) + g for g in W04_GOLD]
GOLD += [
    ("w06", "€150 million", "approved a €150 million emergency package", "PT_MONEY_GOV", 150000000, "Portuguese government", []),
    ("w06", "€30 million", "pledged €30 million", "PT_MONEY_EU", 30000000, "European Commission", []),
    ("w06", "€18 million", "reached €18 million so far", "PT_MONEY_DONATIONS", 18000000, "finance ministry", []),
]
for art in ("w07", "w08"):
    GOLD += [(art,) + g for g in W07_GOLD]
GOLD += [
    ("w09", "25", "down to 25, saying", "PT_KILL", 25, ANEPC, DR),
    ("w09", "26", "put the toll at 26", "PT_KILL", 26, ANEPC, []),
    ("w09", "118", "118 people had been injured", "PT_WOUND", 118, ANEPC, []),
    ("w09", "412", "412 homes", "PT_HOMES", 412, "Portuguese government", []),
    ("w09", "€41 million", "reached €41 million", "PT_MONEY_DONATIONS", 41000000, "finance ministry", []),
]
for art in ("w11", "w12"):
    GOLD += [(art,) + g for g in W11_GOLD]
GOLD += [
    ("w13", "At least 31", "At least 31 people", "CD_KILL_SAVO", 31, "MONUSCO", []),
    ("w13", "11", "including 11 children", "CD_KILL_SAVO_CHILD", 11, "MONUSCO", []),
    ("w13", "14", "Another 14 people were wounded", "CD_WOUND_SAVO", 14, "MONUSCO", []),
    ("w14", "38", "has risen to 38", "CD_KILL_SAVO", 38, "Djugu territory administrator", []),
    ("w14", "up to 60", "up to 60 residents", "CD_MISSING_SAVO", 60, "Djugu territory administrator", []),
    ("w14", "more than 50", "more than 50 people have been killed", "CD_KILL", 50, CS, []),
    ("w14", "between 40,000 and 60,000", "between 40,000 and 60,000 people", "CD_DISPLACE", 50000, PROV, D),
    ("w15", "nearly 90,000", "displaced nearly 90,000 people", "CD_DISPLACE", 90000, "OCHA", D),
    ("w15", "about 25,000", "about 25,000 of them", "CD_DISPLACE_BUNIA", 25000, "mayor of Bunia", []),
    ("w15", "more than 5,000", "more than 5,000 Congolese refugees", "CD_REFUGEE_UG", 5000, "UNHCR", []),
    ("w16", "63", "have killed 63 people", "CD_KILL", 63, PROV, D),
    ("w16", "210", "and wounded 210", "CD_WOUND", 210, PROV, []),
]
for art in ("w17", "w18"):
    GOLD += [(art,) + g for g in W17_GOLD]
GOLD += [
    ("w19", "about 12,000", "reached about 12,000", "CD_REFUGEE_UG", 12000, "UNHCR", D),
    ("w19", "18,500", "said 18,500 Congolese", "CD_REFUGEE_UG", 18500, "Uganda's Office of the Prime Minister", D),
    ("w20", "at least 130", "at least 130 people had been killed", "CD_KILL", 130, "OCHA", []),
    ("w20", "190", "and 190 wounded", "CD_WOUND", 190, "OCHA", DR),
    ("w20", "more than 110,000", "more than 110,000 people", "CD_DISPLACE", 110000, "OCHA", []),
    ("w20", "37", "arrested 37 suspected militiamen", "CD_ARREST", 37, "Congolese army", []),
    ("w20", "nine", "nine people were killed", "CD_KILL_FATAKI", 9, "Congolese army", []),
    ("w21", "$62 million", "launched a $62 million flash appeal", "CD_MONEY_APPEAL", 62000000, "United Nations", []),
    ("w21", "about 150,000", "about 150,000 people", "CD_DISPLACE", 150000, "United Nations", []),
    ("w21", "more than 30,000", "more than 30,000 now sheltering in Bunia", "CD_DISPLACE_BUNIA", 30000, "United Nations", []),
    ("w21", "at least 157", "at least 157 people had been killed", "CD_KILL", 157, "OCHA", []),
    ("w21", "at least 27", "at least 27 of them were children", "CD_KILL_CHILD", 27, "UNICEF", []),
    ("w21", "$9 million", "released $9 million", "CD_MONEY_CERF", 9000000, "OCHA", []),
    ("w21", "8 percent", "only 8 percent funded", "CD_APPEAL_FUNDED_PCT", 8, "OCHA", []),
    ("w21", "more than 21,000", "more than 21,000 refugees", "CD_REFUGEE_UG", 21000, "UNHCR", []),
    ("w21", "52", "a total of 52 suspects", "CD_ARREST", 52, "Ituri police", []),
]


def main():
    texts = {a["id"]: a["text"] for a in ARTICLES}
    rows = []
    for art, number, anchor, line, value, claimant, marks in GOLD:
        text = texts[art]
        if anchor not in text:
            # paragraph dropped in a copy: skip silently only for copies
            copy = next(a for a in ARTICLES if a["id"] == art)["copy_of"]
            assert copy, (art, anchor)
            continue
        assert text.count(anchor) == 1, (art, anchor)
        apos = text.index(anchor)
        assert number in anchor, (art, number, anchor)
        npos = apos + anchor.index(number)
        occ = 1 + text[:npos].count(number)
        # the headline carries no gold figure
        assert npos > text.index("\n\n"), (art, number)
        rows.append(dict(article=art, number=number, occurrence=occ, line=line,
                         value=value, claimant=claimant, marks=list(marks)))
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lines.jsonl"), "w", encoding="utf-8") as f:
        for line, cat, obj, place, period, desc in LINES:
            f.write(json.dumps(dict(line=line, category=cat, object=obj, place=place,
                                    period=period, description=desc), ensure_ascii=False) + "\n")
    print(len(ARTICLES), "articles,", len(rows), "gold rows,", len(LINES), "lines")


if __name__ == "__main__":
    main()
