"""Figures extraction (pipeline/extract/figures.py) on short Italian sentences written for these tests.

Each case lists EVERY figure the sentence should yield, in text order, as
``(anchor, value, unit, kind, qualifier)``: the figure's span must contain ``anchor`` (the scorer matches
spans by containment), and value, unit, kind and qualifier must be exactly as given. Traps list no figure.
Expectations follow /work/shared/eval/GUIDELINES.md ("Harmonized decisions" first).
"""

from __future__ import annotations

import pytest

from pipeline import extract

pytestmark = pytest.mark.usefixtures("nlp")

PUBLISHED = "2024-03-10"


def xfail(text, expected, reason):
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # --- number formats (Italian and Swiss) ---
    ("Nel 2023 sono state raccolte 1.234,5 tonnellate di rifiuti.", [("1.234,5 tonnellate", 1234.5, "tonnellate", "measure", None)]),
    ("All'evento di Lugano hanno partecipato 1'234 persone.", [("1'234 persone", 1234, "persone", "count", None)]),
    ("Il Cantone ha stanziato 1'500'000 franchi per il progetto.", [("1'500'000 franchi", 1500000, "CHF", "money", None)]),
    ("Il Cantone chiude i conti con un avanzo di CHF 104.8 milioni.", [("CHF 104.8 milioni", 104800000, "CHF", "money", None)]),
    ("La petizione ha raccolto 1.234 firme.", [("1.234 firme", 1234, "firme", "count", None)]),
    ("Il tasso di occupazione in Ticino è salito al 12.5%.", [("12.5%", 12.5, "%", "percent", None)]),
    ("Il biglietto d'entrata costa Fr. 25.", [("Fr. 25", 25, "CHF", "money", None)]),
    ("Per la fiera sono attesi 20mila visitatori.", [("20mila visitatori", 20000, "visitatori", "count", None)]),
    ("La Regione ha stanziato 1,5 mln di euro per le scuole.", [("1,5 mln di euro", 1500000, "EUR", "money", None)]),
    ("Il piano vale 3 mld di euro in cinque anni.", [("3 mld di euro", 3000000000, "EUR", "money", None), ("cinque anni", 5, "anni", "measure", None)]),
    pytest.param("Hanno risposto in tantissime persone -271 per l'esattezza- all'appello della Caritas.", [("271", 271, "persone", "count", None)]),
    ("Le vendite sono scese a 320 unità (-14%) rispetto al 2022.", [("320 unità", 320, "unità", "count", None), ("-14%", -14, "%", "percent", None)]),
    ("Le presenze turistiche sono aumentate (+5%) rispetto al 2022.", [("5%", 5, "%", "percent", None)]),
    ("Il Comune ha assunto 12 nuovi dipendenti.", [("12 nuovi dipendenti", 12, "dipendenti", "count", None)]),
    ("Il progetto coinvolge 3 scuole, 450 studenti e 25 docenti.", [("3 scuole", 3, "scuole", "count", None), ("450 studenti", 450, "studenti", "count", None), ("25 docenti", 25, "docenti", "count", None)]),
    pytest.param("Quest'anno i volontari sono 146.", [("146", 146, "volontari", "count", None)]),
    pytest.param("Vince Davide Locatelli in 33'42\" davanti a Marco Rossi (34'30\").", [("33'42\"", 33.7, "minuti", "measure", None), ("34'30\"", 34.5, "minuti", "measure", None)]),
    pytest.param("Una 62enne è stata salvata dai carabinieri.", [("62enne", 62, "anni", "measure", None)]),
    pytest.param("Lavoro qui da oltre quarant'anni.", [("oltre quarant'anni", 40, "anni", "measure", "more_than")]),
    pytest.param("4 Niccolò Ferri Bassi (centrovasca, 2000)\n5 Duccio Bertini (centroboa, 1994)", []),
    pytest.param("Il ponte di Cento è chiuso da due mesi.", [("due mesi", 2, "mesi", "measure", None)]),
    pytest.param("Quasi la metà dei negozi ha ridotto gli orari.", []),
    pytest.param("Sono 35 le classi coinvolte nel progetto.", [("35", 35, "classi", "count", None)]),
    # --- number words and approximations ---
    ("Si sono iscritti duecentocinquanta studenti al laboratorio.", [("duecentocinquanta studenti", 250, "studenti", "count", None)]),
    pytest.param("Al corso si sono iscritti duecentocinquanta studenti.", [("duecentocinquanta studenti", 250, "studenti", "count", None)]),
    pytest.param("Al corso di primo soccorso si sono iscritti 30 studenti.", [("30 studenti", 30, "studenti", "count", None)]),
    ("La Giunta ha approvato tre progetti per le periferie.", [("tre progetti", 3, "progetti", "count", None)]),
    ("Ventitré comuni hanno aderito alla rete.", [("Ventitré comuni", 23, "comuni", "count", None)]),
    ("Alla cena hanno partecipato duemila persone.", [("duemila persone", 2000, "persone", "count", None)]),
    pytest.param("Sono stati consegnati mille pacchi a famiglie in difficoltà.", [("mille pacchi", 1000, "pacchi", "count", None)]),
    ("Una ventina di volontari ha ripulito la spiaggia.", [("Una ventina di volontari", 20, "volontari", "count", "about")]),
    ("Sono arrivati un paio di furgoni dalla Protezione civile.", [("un paio di furgoni", 2, "furgoni", "count", "about")]),
    ("Una decina di famiglie ha ricevuto il contributo.", [("Una decina di famiglie", 10, "famiglie", "count", "about")]),
    ("Alla marcia c'erano un centinaio di studenti.", [("un centinaio di studenti", 100, "studenti", "count", "about")]),
    pytest.param("Il Comune investirà mezzo milione di euro nelle scuole.", [("mezzo milione di euro", 500000, "EUR", "money", None)]),
    ("La Fondazione ha donato un milione di euro all'ospedale.", [("un milione di euro", 1000000, "EUR", "money", None)]),
    # --- money ---
    ("Il progetto vale 20 milioni di euro.", [("20 milioni di euro", 20000000, "EUR", "money", None)]),
    ("La quota di iscrizione è di € 1.500 a persona.", [("€ 1.500", 1500, "EUR", "money", None)]),
    ("Il biglietto costa 12 euro.", [("12 euro", 12, "EUR", "money", None)]),
    ("Il premio è di 5.000 €.", [("5.000 €", 5000, "EUR", "money", None)]),
    ("Il bando mette a disposizione 5mila euro per ogni associazione.", [("5mila euro", 5000, "EUR", "money", None)]),
    ("Il Municipio chiede un credito di CHF 3,2 milioni per la scuola.", [("CHF 3,2 milioni", 3200000, "CHF", "money", None)]),
    ("Il Gran Consiglio ha approvato un credito di 3,2 milioni di franchi.", [("3,2 milioni di franchi", 3200000, "CHF", "money", None)]),
    ("Il fatturato è salito a 1,5 miliardi, contro gli 800 milioni di euro del 2022.", [("1,5 miliardi", 1500000000, "EUR", "money", None), ("800 milioni di euro", 800000000, "EUR", "money", None)]),
    # --- percentages ---
    ("Il 38% dei cittadini usa l'autobus.", [("38%", 38, "%", "percent", None)]),
    ("La raccolta differenziata è cresciuta del 38 per cento.", [("38 per cento", 38, "%", "percent", None)]),
    ("La disoccupazione è scesa di 3 punti percentuali.", [("3 punti percentuali", 3, "punti percentuali", "percent", None)]),
    ("Il tasso di adesione è salito di 2,5 punti percentuali.", [("2,5 punti percentuali", 2.5, "punti percentuali", "percent", None)]),
    # --- measures and durations ---
    ("La nuova pista ciclabile è lunga 3,5 km.", [("3,5 km", 3.5, "km", "measure", None)]),
    ("Il parco si estende su 120 ettari.", [("120 ettari", 120, "ettari", "measure", None)]),
    ("Sono state raccolte 50 tonnellate di plastica.", [("50 tonnellate", 50, "tonnellate", "measure", None)]),
    ("Il nuovo magazzino occupa 200 mq.", [("200 mq", 200, "mq", "measure", None)]),
    ("L'impianto fotovoltaico produce 10 kWh al giorno.", [("10 kWh", 10, "kWh", "measure", None)]),
    ("Il tratto chiuso è di 100 metri.", [("100 metri", 100, "metri", "measure", None)]),
    ("La concessione durerà per 20 anni.", [("20 anni", 20, "anni", "measure", None)]),
    ("I lavori dureranno tre mesi.", [("tre mesi", 3, "mesi", "measure", None)]),
    ("La visita guidata dura 2 ore.", [("2 ore", 2, "ore", "measure", None)]),
    ("«Ho 28 anni e lavoro qui da sempre», racconta Marco.", [("28 anni", 28, "anni", "measure", None)]),
    ("Le pratiche restano sospese per oltre 30 giorni.", [("oltre 30 giorni", 30, "giorni", "measure", "more_than")]),
    # --- scores (sports texts) ---
    ("Nella gara di campionato la Virtus ha vinto 87-33 contro il Cus.", [("87", 87, "punti", "score", None), ("33", 33, "punti", "score", None)]),
    ("Nella partita di pallavolo la Robur ha battuto il Chiusi per 3 a 1, dopo aver perso il primo set.", [("3", 3, "set", "score", None), ("1", 1, "set", "score", None)]),
    ("Nel derby di calcio i biancorossi hanno vinto 2-1 con un gol nel finale.", [("2", 2, "gol", "score", None), ("1", 1, "gol", "score", None)]),
    pytest.param("Nella partita di campionato Rossi ha segnato due reti nel secondo tempo.", [("due reti", 2, "reti", "count", None)]),
    # --- ranges ---
    ("Il calo previsto è tra il 35 e il 40%.", [("35", 35, "%", "percent", "at_least"), ("40%", 40, "%", "percent", "at_most")]),
    pytest.param("Un biglietto costa 200/300 euro.", [("200", 200, "EUR", "money", "at_least"), ("300 euro", 300, "EUR", "money", "at_most")]),
    ("Il percorso va da 5 a 10 km a seconda del livello.", [("5", 5, "km", "measure", "at_least"), ("10 km", 10, "km", "measure", "at_most")]),
    ("Sono attesi tra 1.000 e 1.500 partecipanti.", [("1.000", 1000, "partecipanti", "count", "at_least"), ("1.500 partecipanti", 1500, "partecipanti", "count", "at_most")]),
    pytest.param("Per completare il cantiere serviranno 7/8 mesi.", [("7", 7, "mesi", "measure", "at_least"), ("8 mesi", 8, "mesi", "measure", "at_most")]),
    # --- qualifiers ---
    ("Oltre 250 persone hanno partecipato alla serata.", [("Oltre 250 persone", 250, "persone", "count", "more_than")]),
    ("Nel parco sono stati piantati più di 400 alberi.", [("più di 400 alberi", 400, "alberi", "count", "more_than")]),
    ("Il cantiere costerà circa 2 milioni di euro.", [("circa 2 milioni di euro", 2000000, "EUR", "money", "about")]),
    ("Quasi 90 aziende hanno aderito al bando.", [("Quasi 90 aziende", 90, "aziende", "count", "about")]),
    ("Meno di 10 studenti hanno superato la prova.", [("Meno di 10 studenti", 10, "studenti", "count", "less_than")]),
    ("Per ogni turno servono almeno 15 volontari.", [("almeno 15 volontari", 15, "volontari", "count", "at_least")]),
    ("Il contributo arriva fino a 5.000 euro per famiglia.", [("fino a 5.000 euro", 5000, "EUR", "money", "at_most")]),
    ("La sala potrà accogliere fino a 300 persone.", [("fino a 300 persone", 300, "persone", "count", "at_most")]),
    ("Ha votato circa il 60% degli aventi diritto.", [("circa il 60%", 60, "%", "percent", "about")]),
    ("Oltre il 70% delle famiglie ha aderito.", [("Oltre il 70%", 70, "%", "percent", "more_than")]),
    ("Più del 50% dei rifiuti viene riciclato.", [("Più del 50%", 50, "%", "percent", "more_than")]),
    # --- traps: no figure ---
    ("Il 15 marzo 2024 si terrà l'assemblea dei soci.", []),
    ("Nel 2023 la cooperativa ha cambiato sede.", []),
    ("Le iscrizioni sono aperte dal 1° aprile.", []),
    ("Il regolamento vale per la stagione 2023/2024.", []),
    ("L'incontro inizia alle 18 nella sala consiliare.", []),
    ("Lo sportello è aperto dalle 9 alle 13.", []),
    ("La premiazione è prevista alle ore 21.", []),
    ("Per informazioni chiamare lo 0583 442233.", []),
    ("Per prenotare scrivere o chiamare il 347 1234567.", []),
    ("La domanda va spedita all'Ufficio protocollo, 55100 Lucca.", []),
    ("La sede dell'associazione è in via Roma 12 a Lucca.", []),
    ("Le candidature vanno inviate a Casella postale, CH-6500 Bellinzona.", []),
    ("Le domande vanno presentate entro il 30 giugno.", []),
    ("Lo prevede l'art. 5 del regolamento comunale.", []),
    ("I permessi previsti dalla Legge 104/1992 sono garantiti.", []),
    ("Torna la IV edizione del festival.", []),
    ("Al via la 3ª edizione della rassegna.", []),
    ("Gli obiettivi del piano:\n1. ridurre i consumi;\n2. migliorare i servizi.", []),
    ("Il consigliere del Movimento 5 Stelle ha presentato un'interrogazione.", []),
    ("L'ULSS 6 Euganea ha aperto un nuovo ambulatorio.", []),
    pytest.param("Il servizio andrà in onda su Rai 3 domenica sera.", []),
    ("Le misure contro il Covid-19 restano in vigore.", []),
    ("Decine di cittadini hanno partecipato al presidio.", []),
    ("Migliaia di visitatori hanno affollato il centro.", []),
    ("Centinaia di volontari hanno lavorato per mesi.", []),
    ("È uno dei progetti più importanti per la città.", []),
    ("La cooperativa è nata tre anni fa a Pisa.", []),
    ("Il centro ha aperto 20 anni fa grazie ai volontari.", []),
    ("La rete 5G coprirà il centro storico.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_figures(text, expected):
    r = extract(text, published=PUBLISHED)
    got = [(f.text, f.value, f.unit, f.kind, f.qualifier) for f in r.figures]
    assert len(r.figures) == len(expected), got
    for fig, (anchor, value, unit, kind, qualifier) in zip(r.figures, expected):
        assert r.text[fig.start:fig.end] == fig.text
        assert anchor in fig.text, got
        assert fig.value == pytest.approx(value), got
        assert fig.unit == unit, got
        assert fig.kind == kind, got
        assert fig.qualifier == qualifier, got
        assert fig.currency == (unit if kind == "money" else None), got
