"""People and their roles (pipeline/extract/people.py + lexicon/roles.json), one Italian sentence per case.

Every case lists ALL the people a careful analyst would record for the sentence (GUIDELINES.md,
"Harmonized decisions" included): exact name (titles stripped, kept in ``honorifics``), each person once,
and exactly the roles the text attaches to that person as (title as written, normalized lemma, organization).
A title given as a tuple accepts any of its forms (plural heads: "assessori" as written or "assessore").
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import pytest

from pipeline import extract

pytestmark = pytest.mark.usefixtures("nlp")


class R(NamedTuple):
    title: str | tuple[str, ...]
    normalized: str
    organization: str | None = None


class P(NamedTuple):
    name: str
    roles: tuple[R, ...] = ()
    honorifics: tuple[str, ...] | None = None  # None: not checked
    mentions: tuple[str, ...] | None = None  # mention texts in order; None: not checked


def p(name: str, *roles: R, hon: tuple[str, ...] | None = None, mentions: tuple[str, ...] | None = None) -> P:
    return P(name, roles, hon, mentions)


PLUR = ("assessori", "assessore")
CONS = ("consiglieri", "consigliere")
SIND = ("sindaci", "sindaco")
Q = "\u201c"  # “
QE = "\u201d"  # ”


def xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    # --- apposizione: "Nome Cognome, ruolo di Org"
    pytest.param("Claudia Fiaschi, presidente di Co&So, ha aperto i lavori del convegno.", [p("Claudia Fiaschi", R("presidente", "presidente", "Co&So"))], id="appos-presidente-coso"),
    pytest.param("Marco Bianchi, direttore generale dell'Asl Toscana Centro, ha illustrato il piano vaccinale.", [p("Marco Bianchi", R("direttore generale", "direttore generale", "Asl Toscana Centro"))], id="appos-dg-asl"),
    pytest.param("Luca Neri, sindaco di Camaiore, ha firmato l'ordinanza sulla movida.", [p("Luca Neri", R("sindaco", "sindaco", "Camaiore"))], id="appos-sindaco"),
    pytest.param("Paola Conti, giornalista del quotidiano La Nazione, modererà il dibattito.", [p("Paola Conti", R("giornalista", "giornalista", "La Nazione"))], id="appos-quotidiano"),
    pytest.param("Roberto Gallo, giornalista, ha moderato l'incontro con gli studenti.", [p("Roberto Gallo", R("giornalista", "giornalista", None))], id="appos-senza-org"),
    pytest.param("Anna Moretti, Direttrice del Museo Civico di Asolo, ha presentato la nuova mostra.", [p("Anna Moretti", R("Direttrice", "direttore", "Museo Civico di Asolo"))], id="appos-direttrice-maiuscola"),
    pytest.param("Sara Galli, nuova presidente di Legambiente Toscana, ha incontrato la stampa.", [p("Sara Galli", R("presidente", "presidente", "Legambiente Toscana"))], id="appos-nuova-presidente"),
    pytest.param("Elena Marchi, vice sindaco di Viareggio, ha partecipato alla cerimonia.", [p("Elena Marchi", R("vice sindaco", "vicesindaco", "Viareggio"))], id="appos-vice-sindaco"),
    pytest.param("Francesca Rinaldi, sindaca di Montale, ha ringraziato i volontari.", [p("Francesca Rinaldi", R("sindaca", "sindaco", "Montale"))], id="appos-sindaca"),
    pytest.param("Giorgio Ferraro, amministratore delegato di Acque Spa, ha presentato il bilancio.", [p("Giorgio Ferraro", R("amministratore delegato", "amministratore delegato", "Acque Spa"))], id="appos-ad"),
    pytest.param("Lo ha dichiarato Gianni Lodi, consigliere comunale di Pistoia.", [p("Gianni Lodi", R("consigliere comunale", "consigliere comunale", "Pistoia"))], id="appos-consigliere-comunale"),
    pytest.param("Giulia Ferri, assessora regionale al Welfare, ha visitato la struttura.", [p("Giulia Ferri", R("assessora regionale", "assessore regionale", "Welfare"))], id="appos-assessora-regionale"),
    pytest.param("Paolo Masini, sindaco di Fosdinovo e presidente di Anci Toscana, ha chiesto più risorse.", [p("Paolo Masini", R("sindaco", "sindaco", "Fosdinovo"), R("presidente", "presidente", "Anci Toscana"))], id="appos-due-ruoli"),
    # --- ruolo anteposto
    pytest.param("Il sindaco di Pietrasanta Stefano Giovannetti ha inaugurato la mostra.", [p("Stefano Giovannetti", R("sindaco", "sindaco", "Pietrasanta"))], id="prep-sindaco-pietrasanta"),
    pytest.param("La Sottosegretaria al MiSE, Alessandra Todde, ha incontrato i sindacati.", [p("Alessandra Todde", R("Sottosegretaria", "sottosegretario", "MiSE"))], id="prep-sottosegretaria-mise"),
    pytest.param("Lo ha annunciato il presidente della Regione Emilia-Romagna Stefano Bonaccini.", [p("Stefano Bonaccini", R("presidente", "presidente", "Regione Emilia-Romagna"))], id="prep-presidente-regione"),
    pytest.param("Alla cerimonia era presente il prefetto di Lucca Francesca Fusco.", [p("Francesca Fusco", R("prefetto", "prefetto", "Lucca"))], id="prep-prefetto"),
    pytest.param("L'assessore allo Sport Davide Lenzi ha premiato gli atleti.", [p("Davide Lenzi", R("assessore", "assessore", "Sport"))], id="prep-assessore-allo"),
    pytest.param("Ha aperto la seduta la presidente del Consiglio comunale Maria Bruni.", [p("Maria Bruni", R("presidente", "presidente", "Consiglio comunale"))], id="prep-presidente-consiglio-comunale"),
    pytest.param("Ha moderato l'incontro il giornalista Pietro Sala.", [p("Pietro Sala", R("giornalista", "giornalista", None))], id="prep-senza-org"),
    pytest.param("Il direttore artistico del Teatro Goldoni, Lorenzo Vitali, ha presentato il cartellone.", [p("Lorenzo Vitali", R("direttore artistico", "direttore artistico", "Teatro Goldoni"))], id="prep-direttore-artistico"),
    pytest.param("Ha accolto i visitatori la Direttrice della Biblioteca Chelliana Silvia Mori.", [p("Silvia Mori", R("Direttrice", "direttore", "Biblioteca Chelliana"))], id="prep-direttrice"),
    pytest.param("Il vice sindaco di Lucca Giovanni Lemucchi ha consegnato le chiavi.", [p("Giovanni Lemucchi", R("vice sindaco", "vicesindaco", "Lucca"))], id="prep-vice-sindaco"),
    pytest.param("La vicesindaca di Capannori Silvia Amadei ha tagliato il nastro.", [p("Silvia Amadei", R("vicesindaca", "vicesindaco", "Capannori"))], id="prep-vicesindaca"),
    pytest.param("L'assessore regionale alla Sanità Simone Bezzini ha visitato il reparto.", [p("Simone Bezzini", R("assessore regionale", "assessore regionale", "Sanità"))], id="prep-assessore-regionale"),
    pytest.param("La consigliera regionale Elena Meini ha presentato una mozione.", [p("Elena Meini", R("consigliera regionale", "consigliere regionale", None))], id="prep-consigliera-regionale"),
    pytest.param("Ha parlato la rettrice dell'Università di Siena, Paola Betti.", [p("Paola Betti", R("rettrice", "rettore", "Università di Siena"))], id="prep-rettrice"),
    pytest.param("L'assessora Giulia Bassi ha illustrato il bando.", [p("Giulia Bassi", R("assessora", "assessore", None))], id="prep-assessora"),
    pytest.param("La sindaca di Empoli Brenda Barnini ha firmato l'accordo.", [p("Brenda Barnini", R("sindaca", "sindaco", "Empoli"))], id="prep-sindaca"),
    pytest.param("Il questore di Pisa Gaetano Rossi ha incontrato i commercianti.", [p("Gaetano Rossi", R("questore", "questore", "Pisa"))], id="prep-questore"),
    # --- elenchi: ognuno solo il proprio ruolo
    pytest.param("Hanno firmato il prefetto di Bergamo Enrico Ricci, il sindaco di Bergamo Giorgio Gori e il questore Stefania Bonanno.", [p("Enrico Ricci", R("prefetto", "prefetto", "Bergamo")), p("Giorgio Gori", R("sindaco", "sindaco", "Bergamo")), p("Stefania Bonanno", R("questore", "questore", None))], id="lista-prefetto-sindaco-questore"),
    pytest.param("Erano presenti il sindaco di Lucca Mario Pardini, l'assessore al Turismo Remo Santini e la consigliera Anna Giusti.", [p("Mario Pardini", R("sindaco", "sindaco", "Lucca")), p("Remo Santini", R("assessore", "assessore", "Turismo")), p("Anna Giusti", R("consigliera", "consigliere", None))], id="lista-tre-ruoli"),
    pytest.param("Sono intervenuti Luca Verdi, il sindaco di Massa Francesco Persiani e la giornalista Anna Sala.", [p("Luca Verdi"), p("Francesco Persiani", R("sindaco", "sindaco", "Massa")), p("Anna Sala", R("giornalista", "giornalista", None))], id="lista-primo-senza-ruolo"),
    # --- riga del ruolo sotto la riga del nome (dopo una citazione)
    pytest.param(f"{Q}Siamo orgogliosi del lavoro svolto dalle nostre cooperative in questi anni difficili.{QE}\nClaudia Fiaschi\npresidente di Co&So", [p("Claudia Fiaschi", R("presidente", "presidente", "Co&So"))], id="firma-nome-a-capo-ruolo"),
    pytest.param(f"{Q}Un risultato che premia la rete delle cooperative sociali toscane.{QE}\nClaudia Fiaschi, presidente di Co&So", [p("Claudia Fiaschi", R("presidente", "presidente", "Co&So"))], id="firma-stessa-riga"),
    pytest.param(f"{Q}Abbiamo lavorato per mesi insieme alle famiglie del territorio.{QE}\nAnna Verdi\nDirettrice di Confcooperative Toscana", [p("Anna Verdi", R("Direttrice", "direttore", "Confcooperative Toscana"))], id="firma-direttrice-a-capo"),
    pytest.param("L'ing. Marta Borghi, 52 anni, finora direttrice operativa del gruppo, guiderà lo stabilimento.", [p("Marta Borghi", R("direttrice operativa", "direttore operativo", None), hon=("ing.",))], id="appos-eta-e-avverbio"),
    pytest.param("Prende il posto di Carlo Guidetti, amministratore delegato dal 2015, che è stato eletto presidente.", [p("Carlo Guidetti", R("amministratore delegato", "amministratore delegato", None), R("presidente", "presidente", None))], id="appos-poi-eletto"),
    pytest.param("Il fondatore, cav. Aldo Benassi, lascia dopo quarant'anni.", [p("Aldo Benassi", R("fondatore", "fondatore", None), hon=("cav.",))], id="preposto-virgola-titolo-onorifico"),
    pytest.param("Alla guida dell'azienda speciale è stata nominata direttrice la dott.ssa Paola Vighi, già responsabile del piano di zona.", [p("Paola Vighi", R("direttrice", "direttore", None), R("responsabile", "responsabile", None), hon=("dott.ssa",))], id="nominata-ruolo-prima-del-nome"),
    pytest.param("Ha illustrato la proposta il consigliere Pietro Sanna (Pd), presidente della commissione Bilancio.", [p("Pietro Sanna", R("consigliere", "consigliere", "Pd"), R("presidente", "presidente", "commissione Bilancio"))], id="preposto-partito-tra-parentesi-poi-apposizione"),
    pytest.param("Secondo il direttore generale dell'Agenzia Regionale Sanitaria (ARS), il dott. Enzo Ricci, i tempi scenderanno.", [p("Enzo Ricci", R("direttore generale", "direttore generale", "Agenzia Regionale Sanitaria"), hon=("dott.",))], id="preposto-acronimo-e-articolo"),
    pytest.param("Erano presenti il presidente della polisportiva La Torre, Marco Ferri, e molti genitori.", [p("Marco Ferri", R("presidente", "presidente", "polisportiva La Torre"))], id="preposto-org-con-testa-minuscola"),
    pytest.param("Bergamo, Elisa Cortesi nuova comandante della Polizia locale.", [p("Elisa Cortesi", R("comandante", "comandante", "Polizia locale"))], id="titolo-nome-nuovo-ruolo"),
    pytest.param("Da lunedì Matteo Grassi è il nuovo direttore del Museo civico di Rovereto.", [p("Matteo Grassi", R("direttore", "direttore", "Museo civico di Rovereto"))], id="nome-e-il-nuovo-ruolo"),
    pytest.param("Palleggiatori: BONI MARCO, RIGHI LUCA\nCentrali: TESTA PAOLO (cap.)", [p("BONI MARCO", R("Palleggiatori", "palleggiatore", None)), p("RIGHI LUCA", R("Palleggiatori", "palleggiatore", None)), p("TESTA PAOLO", R("Centrali", "centrale", None), R("cap.", "capitano", None))], id="roster-per-ruolo-e-capitano"),
    pytest.param("Per Sergio Lodi, segretario regionale di Filca Cisl Emilia-Romagna, \"il cantiere deve ripartire subito\".", [p("Sergio Lodi", R("segretario regionale", "segretario regionale", "Filca Cisl Emilia-Romagna"))], id="regione-non-e-persona"),
    pytest.param("Nell'Asl 2 Savonese il commissario straordinario dell'Asl 2 Savonese, Anna Pesce, ha aperto tre ambulatori.", [p("Anna Pesce", R("commissario straordinario", "commissario straordinario", "Asl 2 Savonese"))], id="preposto-org-con-parola-presa-per-persona"),
    pytest.param("Tra i candidati ci sono la docente di liceo Carla Neri e il commerciante Luca Bassi.", [p("Carla Neri", R("docente", "docente", "liceo")), p("Luca Bassi", R("commerciante", "commerciante", None))], id="docente-di-liceo-non-e-un-liceo"),
    pytest.param("Erano presenti la presidente della Fondazione Teatro Civico Paola Neri e Luca Sala, direttore artistico del festival.", [p("Paola Neri", R("presidente", "presidente", "Fondazione Teatro Civico")), p("Luca Sala", R("direttore artistico", "direttore artistico", None))], id="persona-dopo-fondazione-con-nome-lungo"),
    pytest.param("Il premio è promosso dalla Fondazione Mario Bellini. Ha parlato il presidente della Fondazione Mario Bellini, Ugo Serra.", [p("Ugo Serra", R("presidente", "presidente", "Fondazione Mario Bellini"))], id="fondazione-intitolata-non-e-persona"),
    pytest.param("Sono stati eletti nel consiglio direttivo: Marta Zorzi, Ugo Bellin e Carla Furlan.", [p("Marta Zorzi", R("consiglio direttivo", "consiglio direttivo", None)), p("Ugo Bellin", R("consiglio direttivo", "consiglio direttivo", None)), p("Carla Furlan", R("consiglio direttivo", "consiglio direttivo", None))], id="eletti-nel-consiglio-direttivo-lista"),
    pytest.param("Un grazie è andato ai volontari che hanno superato i vent'anni di servizio: Aldo Pizzol e Nives Bonan.", [p("Aldo Pizzol", R(("volontari", "volontario"), "volontario", None)), p("Nives Bonan", R(("volontari", "volontario"), "volontario", None))], id="plurale-con-relativa-e-due-punti"),
    pytest.param("Presidente è stata eletta Anna Girardi; vicepresidente sarà Marco Dal Bo.", [p("Anna Girardi"), p("Marco Dal Bo", R("vicepresidente", "vicepresidente", None))], id="ruolo-sara-nome"),
    pytest.param("Vicepresidente sarà Marco Dal Bo, mentre Elisa Conte conserva l'incarico di tesoriera.", [p("Marco Dal Bo", R("Vicepresidente", "vicepresidente", None)), p("Elisa Conte", R("tesoriera", "tesoriere", None))], id="conserva-incarico-di"),
    pytest.param("Grazie a tutti,\nPaola Pisani Ministro per la semplificazione", [p("Paola Pisani")], id="firma-con-titolo-dopo-il-nome"),
    pytest.param("Li hanno ricevuti la direttrice Frida Andreoli e il sig. Cristoforo Piattelli della Divisione della giustizia.", [p("Frida Andreoli", R("direttrice", "direttore", None)), p("Cristoforo Piattelli", hon=("sig.",))], id="onorifico-poi-nome-poi-ufficio"),
    pytest.param("Il sindaco di Bormio Urs Valtellini ha ringraziato i volontari.", [p("Urs Valtellini", R("sindaco", "sindaco", "Bormio"))], id="ruolo-di-luogo-poi-nome-sconosciuto"),
    pytest.param("La pattuglia, composta dal maresciallo capo Davide Bellin e dall'appuntato scelto Nicola Zanin, è intervenuta subito.", [p("Davide Bellin", R("maresciallo capo", "maresciallo capo", None)), p("Nicola Zanin", R("appuntato scelto", "appuntato scelto", None))], id="gradi-dei-carabinieri"),
    pytest.param("Il pm Federica Scarpi della Procura di Rovigo coordina le indagini.", [p("Federica Scarpi", R("pm", "pubblico ministero", "Procura di Rovigo"))], id="pm-della-procura"),
    pytest.param("Marcatori: Marchetti G. 2, Proietti S. 1. All. Sergio Pallotti.", [p("Marchetti G."), p("Proietti S."), p("Sergio Pallotti", R("All.", "allenatore", None))], id="iniziale-dopo-cognome-e-all"),
    pytest.param("Allenatore: Filippo Guarducci. Allenatore in seconda: Chiara Mazzoni.", [p("Filippo Guarducci", R("Allenatore", "allenatore", None)), p("Chiara Mazzoni", R("Allenatore in seconda", "allenatore in seconda", None))], id="etichetta-ruolo-due-punti-dopo-punto"),
    pytest.param("Con Marta Valli e Piero Guidotti. Regia di Antonio Marzi, scene e costumi di Ilaria Mastro.", [p("Marta Valli"), p("Piero Guidotti"), p("Antonio Marzi", R("Regia", "regia", None)), p("Ilaria Mastro", R("scene e costumi", "scene e costumi", None))], id="crediti-teatrali"),
    pytest.param("I municipali Chiara Soldati (Territorio) e Giorgio Valsecchi (Finanze) hanno presentato il messaggio.", [p("Chiara Soldati", R(("municipali", "municipale"), "municipale", "Territorio")), p("Giorgio Valsecchi", R(("municipali", "municipale"), "municipale", "Finanze"))], id="municipali-ticinesi"),
    pytest.param("Il Municipio ha nominato Luca Fontani nuovo vicecomandante della Polizia comunale di Chiasso.", [p("Luca Fontani", R("vicecomandante", "vicecomandante", "Polizia comunale di Chiasso"))], id="nominato-nuovo-vicecomandante"),
    pytest.param("Partita combattuta: il canestro di Bonvicini a un minuto dalla fine ha deciso la gara.", [p("Bonvicini")], id="solo-cognome-e-una-persona"),
    pytest.param("Il libro “Il secolo delle bonifiche” (Donzelli) e i fondi a carico del Mase arriveranno presto.", [], id="cognome-apparente-tra-parentesi-o-con-articolo"),
    pytest.param("Le piste collegheranno Giubiasco, Sementina e Arbedo con il centro.", [], id="luogo-in-elenco-di-luoghi-non-persona"),
    pytest.param("Tra i candidati la docente Carla Neri, il presidente della polisportiva La Torre, Marco Pini, e altri.", [p("Carla Neri", R("docente", "docente", None)), p("Marco Pini", R("presidente", "presidente", "polisportiva La Torre"))], id="ruolo-con-articolo-tra-virgole-e-del-nome-dopo"),
    pytest.param("Dodici concerti affidati al maestro Vincenzo Tinelli, suo direttore stabile.", [p("Vincenzo Tinelli", R("direttore stabile", "direttore", None), hon=("maestro",))], id="apposizione-con-possessivo"),
    pytest.param("Dal 6 al 9 marzo va in scena «Le ultime ore di Ettore», drammaturgia di Pasquale Dente.", [p("Pasquale Dente", R("drammaturgia", "drammaturgia", None))], id="personaggio-nel-titolo-non-persona"),
    pytest.param("Gli studenti dell'Istituto Tecnico “G. e M. Montani” di Fermo hanno vinto.", [], id="nome-nel-nome-della-scuola-non-persona"),
    pytest.param("Lo scorso anno, allenato da coach Marco \"Rizzo\" Paoli, ha vinto. Negli spogliatoi coach Rizzo chiede di più.", [p("Marco Paoli", R("coach", "coach", None), mentions=('Marco "Rizzo" Paoli', "Rizzo"))], id="soprannome-tra-nome-e-cognome"),
    pytest.param("Li hanno illustrati il sindaco di Cesena Lorenzo Zamboni e la vicesindaca e assessora ai Lavori pubblici Cristina Monti.", [p("Lorenzo Zamboni", R("sindaco", "sindaco", "Cesena")), p("Cristina Monti", R("vicesindaca", "vicesindaco", None), R("assessora", "assessore", "Lavori pubblici"))], id="due-ruoli-coordinati-dopo-altra-persona"),
    pytest.param("Il festival è promosso dall'associazione culturale Gianni Rodari e i laboratori si tengono nella villa comunale Garibaldi.", [], id="nomi-di-associazione-e-villa-non-persone"),
    pytest.param("Luisa Pedrotti Nata a Rovereto nel 2004, gioca da dieci anni in prima squadra.", [p("Luisa Pedrotti")], id="nome-seguito-da-participio"),
    pytest.param("Lo ha spiegato Chiara Bassi, portavoce insieme a Davide Ruzza del comitato.", [p("Chiara Bassi", R("portavoce", "portavoce", None)), p("Davide Ruzza")], id="trappola-insieme-non-e-in"),
    pytest.param("Il nostro candidato sindaco per il Borgo che vogliamo è un vero civico, Paolo Fanton.", [p("Paolo Fanton", R("candidato sindaco", "candidato sindaco", None))], id="trappola-preposto-con-frase-in-mezzo"),
    pytest.param(f"{Q}La nuova sede sarà aperta a tutte le associazioni della città.{QE}\nMarco Pieri\nportavoce", [p("Marco Pieri", R("portavoce", "portavoce", None))], id="firma-ruolo-senza-org"),
    # --- parentesi dopo un plurale
    pytest.param("Alla conferenza hanno partecipato gli assessori Mario Rossi (Bilancio) e Anna Neri (Cultura).", [p("Mario Rossi", R(PLUR, "assessore", "Bilancio")), p("Anna Neri", R(PLUR, "assessore", "Cultura"))], id="parentesi-assessori"),
    pytest.param("Sono intervenuti gli assessori Vincenzo Colla (Sviluppo economico e Lavoro) e Paola Salomoni (Scuola).", [p("Vincenzo Colla", R(PLUR, "assessore", "Sviluppo economico e Lavoro")), p("Paola Salomoni", R(PLUR, "assessore", "Scuola"))], id="parentesi-deleghe-lunghe"),
    pytest.param("Mario Rossi (presidente di Mestieri Toscana) ha illustrato i dati del rapporto.", [p("Mario Rossi", R("presidente", "presidente", "Mestieri Toscana"))], id="parentesi-ruolo-singolo"),
    # --- elenchi coordinati dopo un plurale
    pytest.param("Erano presenti gli assessori Marco Lenzi, Giulia Sarti e Paolo Bini.", [p("Marco Lenzi", R(PLUR, "assessore")), p("Giulia Sarti", R(PLUR, "assessore")), p("Paolo Bini", R(PLUR, "assessore"))], id="coord-assessori"),
    pytest.param("Hanno votato a favore i consiglieri Luca Mei, Sara Donati e Piero Galli.", [p("Luca Mei", R(CONS, "consigliere")), p("Sara Donati", R(CONS, "consigliere")), p("Piero Galli", R(CONS, "consigliere"))], id="coord-consiglieri"),
    pytest.param("Alla riunione c'erano anche i sindaci Alessio Mariani e Chiara Buti.", [p("Alessio Mariani", R(SIND, "sindaco")), p("Chiara Buti", R(SIND, "sindaco"))], id="coord-sindaci"),
    # --- in qualità di / nominato / eletta
    pytest.param("Giovanni Verdi, in qualità di presidente della Pro Loco di Barga, ha consegnato i premi.", [p("Giovanni Verdi", R("presidente", "presidente", "Pro Loco di Barga"))], id="in-qualita-di"),
    pytest.param("Luca Ferri è stato nominato direttore generale di Estar.", [p("Luca Ferri", R("direttore generale", "direttore generale", "Estar"))], id="nominato-dg"),
    pytest.param("Chiara Bini è stata eletta presidente di Confesercenti Pisa.", [p("Chiara Bini", R("presidente", "presidente", "Confesercenti Pisa"))], id="eletta-presidente"),
    pytest.param("Stefano Rossi interverrà nelle vesti di coordinatore regionale di Libera.", [p("Stefano Rossi", R("coordinatore regionale", "coordinatore regionale", "Libera"))], id="nelle-vesti-di"),
    pytest.param("Il consiglio di amministrazione ha nominato Paolo Gori nuovo direttore di Fondazione Toscana Spettacolo.", [p("Paolo Gori", R("direttore", "direttore", "Fondazione Toscana Spettacolo"))], id="ha-nominato-nome-ruolo"),
    pytest.param("Marta Fabbri è stata confermata segretaria generale della Cisl Toscana.", [p("Marta Fabbri", R("segretaria generale", "segretario generale", "Cisl Toscana"))], id="confermata-segretaria"),
    # --- titoli tolti dal nome e tenuti in honorifics
    pytest.param("La messa sarà celebrata da Don Simone Giuli, parroco di Camaiore.", [p("Simone Giuli", R("parroco", "parroco", "Camaiore"), hon=("Don",))], id="hon-don"),
    pytest.param("La relazione introduttiva è stata affidata alla Prof.ssa Anna Verdi.", [p("Anna Verdi", hon=("Prof.ssa",))], id="hon-prof-ssa"),
    pytest.param("Il referto è stato firmato dal dott. Luca Bianchi, primario di Cardiologia.", [p("Luca Bianchi", R("primario", "primario", "Cardiologia"), hon=("dott.",))], id="hon-dott"),
    pytest.param("La difesa della famiglia è affidata all'avv. Marco Carli.", [p("Marco Carli", hon=("avv.",))], id="hon-avv"),
    pytest.param("All'incontro interverrà anche l'on. Lucia Ciampi.", [p("Lucia Ciampi", hon=("on.",))], id="hon-on"),
    pytest.param("Il sen. Massimo Mallegni ha presentato un'interrogazione.", [p("Massimo Mallegni", hon=("sen.",))], id="hon-sen"),
    pytest.param("Ha concluso la cerimonia il gen. Marco Piccinni, comandante regionale dei Carabinieri.", [p("Marco Piccinni", R("comandante regionale", "comandante regionale", "Carabinieri"), hon=("gen.",))], id="hon-gen"),
    pytest.param("Le visite sono coordinate dalla dott.ssa Elisa Mori.", [p("Elisa Mori", hon=("dott.ssa",))], id="hon-dott-ssa"),
    pytest.param("Ha benedetto la nuova sede Mons. Paolo Giulietti, arcivescovo di Lucca.", [p("Paolo Giulietti", R("arcivescovo", "arcivescovo", "Lucca"), hon=("Mons.",))], id="hon-mons"),
    # --- cognome da solo collegato alla persona completa, nessun doppione
    pytest.param("La Sottosegretaria al MiSE, Alessandra Todde, ha incontrato i lavoratori. Secondo la Todde la vertenza si chiuderà entro l'estate.", [p("Alessandra Todde", R("Sottosegretaria", "sottosegretario", "MiSE"), mentions=("Alessandra Todde", "Todde"))], id="cognome-la-todde"),
    pytest.param(f"Il presidente della Regione Emilia-Romagna Stefano Bonaccini ha incontrato i Comitati. {Q}Ringrazio tutti per la collaborazione{QE}, ha detto Bonaccini.", [p("Stefano Bonaccini", R("presidente", "presidente", "Regione Emilia-Romagna"), mentions=("Stefano Bonaccini", "Bonaccini"))], id="cognome-ha-detto-bonaccini"),
    pytest.param("Mario Rossi ha aperto l'assemblea dei soci. Rossi ha poi ricordato i risultati del 2023.", [p("Mario Rossi", mentions=("Mario Rossi", "Rossi"))], id="cognome-a-inizio-frase"),
    pytest.param("Il sindaco di Prato Matteo Biffoni ha firmato l'intesa. Biffoni ha spiegato che il sindaco Biffoni seguirà i lavori.", [p("Matteo Biffoni", R("sindaco", "sindaco", "Prato"), mentions=("Matteo Biffoni", "Biffoni", "Biffoni"))], id="cognome-ripetuto"),
    # --- solo nome di battesimo; elenchi in maiuscolo
    pytest.param("A guidare la squadra sarà coach Michele, al suo terzo anno in società.", [p("Michele", R("coach", "coach", None))], id="nome-coach-michele"),
    pytest.param("In campo per l'Under 14: Giulia, Marta, Sofia e Chiara.", [p("Giulia"), p("Marta"), p("Sofia"), p("Chiara")], id="nome-roster"),
    pytest.param("Convocati: ROSSI LUCA, BIANCHI MARCO, VERDI ANDREA.", [p("ROSSI LUCA"), p("BIANCHI MARCO"), p("VERDI ANDREA")], id="maiuscolo-roster"),
    pytest.param("Formazione: FERRI GIULIA (capitana), NERI SARA, CONTI ELISA.", [p("FERRI GIULIA", R("capitana", "capitano", None)), p("NERI SARA"), p("CONTI ELISA")], id="maiuscolo-capitana"),
    # --- trappole: ruolo senza nome
    pytest.param("Il sindaco ha detto che i lavori partiranno a settembre.", [], id="trap-sindaco-senza-nome"),
    pytest.param("La presidente ha ringraziato i volontari e l'assessore ha annunciato nuovi fondi.", [], id="trap-ruoli-senza-nome"),
    pytest.param("Secondo il prefetto la situazione è sotto controllo.", [], id="trap-prefetto-senza-nome"),
    # --- trappole: nome seguito da un inciso che non è un ruolo
    pytest.param("Mario Rossi, ieri a Roma, ha incontrato i rappresentanti dei lavoratori.", [p("Mario Rossi")], id="trap-inciso-ieri-a-roma"),
    pytest.param("Mario Rossi, da anni impegnato nel volontariato, ha ricevuto il premio.", [p("Mario Rossi")], id="trap-inciso-descrittivo"),
    pytest.param("Marco Neri, insieme al presidente della Provincia, ha visitato il cantiere.", [p("Marco Neri")], id="trap-ruolo-altrui-nell-inciso"),
    # --- trappole: organizzazioni e luoghi intitolati a persone
    pytest.param("Il contributo della Fondazione Carlo Venturelli sarà destinato alla ricerca.", [], id="trap-fondazione"),
    pytest.param("Il cantiere in via Giuseppe Mazzini resterà aperto fino a maggio.", [], id="trap-via"),
    pytest.param("Gli studenti dell'istituto Enrico Fermi hanno visitato il museo.", [], id="trap-istituto"),
    pytest.param("La cerimonia si terrà in piazza Giacomo Puccini alle 18.", [], id="trap-piazza"),
    pytest.param("Il liceo Galileo Galilei ha vinto il concorso regionale.", [], id="trap-liceo"),
    pytest.param("Lo spettacolo andrà in scena al Teatro Alessandro Manzoni.", [], id="trap-teatro"),
    pytest.param("La partita si giocherà allo stadio Carlo Castellani di Empoli.", [], id="trap-stadio"),
    pytest.param("Il sindaco di Lucca Mario Pardini ha visitato la scuola Carlo Collodi.", [p("Mario Pardini", R("sindaco", "sindaco", "Lucca"))], id="trap-persona-piu-scuola"),
    pytest.param("L'assemblea, riunita nella sede storica di via Pietro Micca, ha approvato il bilancio.", [], id="trap-via-dopo-ruolo"),
    pytest.param("Il brindisi sarà offerto dallo storico Caffè Meletti di piazza del Popolo.", [], id="trap-caffe"),
    pytest.param("Sabato suonerà il Quartetto Gioconda De Vito, nato tra i banchi del conservatorio.", [], id="trap-quartetto"),
    pytest.param("Il reparto apre al Presidio ospedaliero Giuseppe Mazzini con sedici letti.", [], id="trap-presidio-ospedaliero"),
    pytest.param("Le opere saranno esposte alla Galleria d'arte contemporanea Osvaldo Licini fino a novembre.", [], id="trap-galleria-aggettivi"),
    pytest.param("Il lungomare Guglielmo Marconi sarà chiuso al traffico fino a lunedì.", [], id="trap-lungomare"),
    pytest.param("La famiglia Del Fabbro manterrà una quota dell'azienda.", [], id="trap-famiglia"),
    pytest.param("La messa sarà celebrata nella cattedrale dei Santi Florido e Amanzio.", [], id="trap-santi-coordinati"),
    pytest.param("La stagione si chiuderà il 30 maggio al Massimo Bellini con la Norma.", [], id="trap-articolo-maschile"),
    pytest.param("Noi Polesani sapevamo già di esserci.", [], id="trap-pronome"),
    pytest.param("Il bando è stato assegnato a PagoPA S.p.A. Bending Spoons ha curato l'app.", [], id="trap-iniziale-di-spa"),
    pytest.param("Rafforzati i treni per chi arriva da Paola e dalla costa tirrenica.", [], id="trap-nome-che-e-citta"),
    pytest.param("Le risorse andranno ai comuni del Fortore e ai quartieri di Librino, San Cristoforo e Picanello.", [], id="trap-aree-e-quartieri"),
    # --- nomi che sono persone anche senza la NER
    pytest.param("MARSALA: Fortuna; Messina, Licari, Palermo, Bonomo; Genna, Pipitone, Alagna; Sammartano, Angileri, Ferro. All. Sciacca.",
                 [p(n) for n in ("Fortuna", "Messina", "Licari", "Palermo", "Bonomo", "Genna", "Pipitone", "Alagna", "Sammartano",
                                 "Angileri", "Ferro")] + [p("Sciacca", R("All.", "allenatore"))], id="formazione-calcio"),
    pytest.param("Prima dell'intervallo è Antonino Genna, «Nino» per i compagni, a segnare. Il rigore di Nino ha chiuso la partita.",
                 [p("Antonino Genna", mentions=("Antonino Genna", "Nino", "Nino"))], id="soprannome-dopo-nome"),
    pytest.param("Tra i primi ricoverati c'è Ines, 87 anni, operata dopo una caduta in casa.", [p("Ines")], id="nome-con-eta"),
    pytest.param("I fiori li ha consegnati la piccola Aurora, 5 anni, accompagnata dalla madre.", [p("Aurora")], id="nome-ambiguo-con-eta"),
    pytest.param("Critico anche il consigliere Bosco (M5S), che ha chiesto più verde.", [p("Bosco", R("consigliere", "consigliere", "M5S"))], id="consigliere-cognome-solo"),
    pytest.param("Ha preso la parola il presidente della Regione Emilia-Romagna Bonaccini.",
                 [p("Bonaccini", R("presidente", "presidente", "Regione Emilia-Romagna"))], id="regione-prima-del-cognome"),
    pytest.param("L'enologa Marta Ceccobelli guida la cantina con il fratello Filippo.",
                 [p("Marta Ceccobelli", R("enologa", "enologo")), p("Filippo")], id="fratello-nome"),
    pytest.param("La raccolta salta nelle frazioni, da Murta Maria a Pittulongu.", [], id="trap-da-luogo-a-luogo"),
    pytest.param("La giornata è organizzata dall'associazione di volontariato Jonio Vivo.", [], id="trap-associazione-di-volontariato"),
    pytest.param("Sulla provinciale Mirtense saranno rifatti due ponti.", [], id="trap-strada-provinciale"),
    pytest.param("Il 5 giugno toccherà alla spiaggia di Pietragrande.", [], id="trap-spiaggia"),
    pytest.param("Soddisfatta anche la prima cittadina di Amatrice, Daniela Corradetti.",
                 [p("Daniela Corradetti", R("prima cittadina", "sindaco", "Amatrice"))], id="prima-cittadina"),
    # --- ruoli nuovi
    pytest.param("L'atto è stato firmato davanti al notaio udinese Paolo Zanutta.", [p("Paolo Zanutta", R("notaio", "notaio"))], id="ruolo-aggettivo-provenienza"),
    pytest.param("Amareggiato il tecnico ospite Gaspare Accardo dopo la sconfitta.", [p("Gaspare Accardo", R("tecnico", "allenatore"))], id="ruolo-tecnico-ospite"),
    pytest.param("Ufficio stampa Musei civici di Ascoli Piceno: Francesca Angelini, tel. 0736 298213",
                 [p("Francesca Angelini", R("Ufficio stampa", "ufficio stampa", "Musei civici di Ascoli Piceno"))], id="ufficio-stampa-intestazione"),
    pytest.param("Ufficio stampa\nGiulia Neri, giulia.neri@example.org",
                 [p("Giulia Neri", R("Ufficio stampa", "ufficio stampa"))], id="ufficio-stampa-riga-sopra"),
    pytest.param("Il nuovo AD Carlo Ferri ha illustrato il piano industriale.", [p("Carlo Ferri", R("AD", "amministratore delegato"))], id="ad-maiuscolo"),
    pytest.param("I ragazzi hanno portato il coach Peri ad esclamare che la squadra era cresciuta.", [p("Peri", R("coach", "coach"))], id="ad-preposizione-non-ruolo"),
    pytest.param("Ha parlato anche Federica Cassanelli, dell'ufficio stampa del teatro.", [p("Federica Cassanelli")], id="federica-non-federazione"),
]


def _title_ok(expected: str | tuple[str, ...], got: str) -> bool:
    return got in expected if isinstance(expected, tuple) else got == expected


def _roles_match(expected: tuple[R, ...], got) -> bool:
    if len(expected) != len(got):
        return False
    remaining = list(got)
    for e in expected:
        hit = next((g for g in remaining if _title_ok(e.title, g.title) and g.normalized == e.normalized
                    and g.organization == e.organization), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_roles(text: str, expected: list[P]) -> None:
    r = extract(text)
    names = [person.name for person in r.people]
    assert Counter(names) == Counter(e.name for e in expected), names
    by_name = {person.name: person for person in r.people}
    for e in expected:
        person = by_name[e.name]
        got = [(g.title, g.normalized, g.organization) for g in person.roles]
        assert _roles_match(e.roles, person.roles), f"{e.name}: expected {list(e.roles)}, got {got}"
        if e.honorifics is not None:
            assert sorted(person.honorifics) == sorted(e.honorifics), person.honorifics
        if e.mentions is not None:
            assert [m.text for m in sorted(person.mentions, key=lambda s: s.start)] == list(e.mentions)
    for person in r.people:  # offsets contract on every span we look at
        for span in [*person.mentions, *person.roles]:
            assert r.text[span.start:span.end] == span.text, span
