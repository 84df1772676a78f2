import pytest

from pipeline import ModelNotFoundError, load_nlp
from pipeline.nlp import BUNDLED_MODEL


def test_bundled_model_is_loaded_by_default(nlp):
    assert (BUNDLED_MODEL / "config.cfg").exists()
    assert {"tagger", "morphologizer", "parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)
    assert nlp.meta["name"] == "comunicati"
    assert load_nlp() is nlp  # cached: no reload


def test_entities_on_our_sentences(nlp):
    doc = nlp("Ieri Giulia Rota ha incontrato a Milano i vertici della Fondazione Cariplo.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Giulia Rota", "PER") in ents
    assert ("Milano", "LOC") in ents
    assert any(label == "ORG" and "Cariplo" in text for text, label in ents)


def test_sentence_splits(nlp):
    doc = nlp("La giunta ha approvato il bilancio. Il sindaco era soddisfatto. Domani si vota.")
    assert [s.text for s in doc.sents] == ["La giunta ha approvato il bilancio.", "Il sindaco era soddisfatto.",
                                           "Domani si vota."]


@pytest.mark.parametrize("text,tokens", [
    ("dell’evento", ["dell’", "evento"]),
    ("l'anno", ["l'", "anno"]),
    ("«Siamo qui»", ["«", "Siamo", "qui", "»"]),
    ("“Smarter Italy”", ["“", "Smarter", "Italy", "”"]),
    ("Co&So", ["Co&So"]),
    ("info@comune.lucca.it", ["info@comune.lucca.it"]),
    ("www.comune.lucca.it", ["www.comune.lucca.it"]),
    ("1.234,5", ["1.234,5"]),
    ("1'234", ["1'234"]),
    ("20mila", ["20mila"]),
    ("-271 per l’esattezza-", ["-", "271", "per", "l’", "esattezza", "-"]),
])
def test_tokenizer_press_release_typography(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_missing_model_gives_clear_error():
    try:
        import it_core_news_sm  # noqa: F401
        pytest.skip("it_core_news_sm is installed here")
    except ImportError:
        pass
    with pytest.raises(ModelNotFoundError, match="it_core_news_sm.*not installed"):
        load_nlp("it_core_news_sm")


def test_io_tags_become_iob2_restricted_to_our_labels():
    from pipeline.model.convert import normalize_tags

    # KIND's original release uses bare labels (IO); MISC and unknown labels are dropped
    assert normalize_tags(["O", "PER", "PER", "O", "LOC", "B-ORG", "I-ORG", "B-ORG", "MISC", "I-MISC"]) == [
        "O", "B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "B-ORG", "O", "O"]
