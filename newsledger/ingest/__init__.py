"""Reading corpora: decoding, normalization, headline detection and rejections."""
from .normalize import UndecodableError, decode_bytes, detect_title, normalize_text
from .readers import CorpusError, CorpusRead, iter_corpus, read_corpus

__all__ = ["CorpusError", "CorpusRead", "UndecodableError", "decode_bytes", "detect_title",
           "iter_corpus", "normalize_text", "read_corpus"]
