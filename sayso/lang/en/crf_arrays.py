"""The trained CRF read into arrays, and its tagging done with them: the same labels as
CRFsuite's own tagger, at a fraction of the cost.

CRFsuite's tagger (python-crfsuite `Tagger.tag`) spent about 95 % of its time taking in the
feature strings (a C++ string and a look-up in the model's attribute table per string, some 2.6
million for PolNeAR dev's 84 articles) and 5 % decoding. Here each attribute is looked up once
per word or value and remembered as its row of weights (`attribute_ids`), a paragraph's state
scores are sums of rows gathered for all its tokens at once, and the Viterbi search runs over all
paragraphs of a text in lockstep.

Exact: CRFsuite (crf1d_tag.c, crf1d_context.c) scores token t for label l as the sum, in the order
of the token's attributes, of the weights of the state features (attribute, l), an unknown
attribute adding nothing; and decodes with `score(t, j) = max_i (score(t-1, i) + trans(i, j)) +
state(t, j)`, keeping the first i of the largest sum (a strict `<`), and the first label of the
largest final score. `state_scores` adds the gathered rows column by column in the attribute
order, with a row of zeros for attributes the model lacks (x + 0.0 == x), and `viterbi` keeps
numpy's first maximum (`argmax`): the same doubles, so the same labels.

The model file (CRFsuite's `crf1d_model.c` layout, little-endian) holds a header, the features
(type, source, destination, weight: type 0 = state feature attribute -> label, 1 = transition
label -> label) and two CQDB string tables (labels and attributes), whose backward arrays give
each id's string.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 3 counts, 5 offsets
_CQDB_HEADER = struct.Struct("<4sIIIII")  # chunk, size, flag, byte order, backward size, offset
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


class AttributeIndex(dict):
    """Attribute string -> row of `CrfArrays.weights`; an attribute the model lacks reads as
    the row of zeros (as CRFsuite skips it), without being stored."""

    def __init__(self, rows: dict[bytes, int], unknown: int) -> None:
        super().__init__(rows)
        self.unknown = unknown

    def __missing__(self, key: bytes) -> int:
        return self.unknown


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[bytes]:
    """The strings of the CQDB table at `offset`, by id (its backward array: id -> record,
    a record being int32 id, uint32 size, the string and its NUL)."""
    chunk, _, _, _, bwd_size, bwd_offset = _CQDB_HEADER.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite model: string table missing")
    records = np.frombuffer(data, "<u4", min(bwd_size, count), offset + bwd_offset).astype(np.int64)
    raw = np.frombuffer(data, np.uint8)
    at = offset + records + 4  # each record's size, little-endian
    sizes = raw[at] | raw[at + 1].astype(np.int64) << 8 | raw[at + 2].astype(np.int64) << 16 \
        | raw[at + 3].astype(np.int64) << 24
    starts = (at + 4).tolist()
    ends = (at + 3 + sizes).tolist()  # without the NUL
    out = [data[a:b] for a, b in zip(starts, ends, strict=True)]
    for rid in np.flatnonzero(records == 0).tolist():
        out[rid] = b""  # an id without a record
    return out + [b""] * (count - len(out))


class KeyRows(dict):
    """Key -> row, asked of `find` once per key and remembered: for the few-valued strings,
    a small table instead of the model's large index on every token. Bounded: cleared when
    it holds `size` keys (a punctuation token's shape is the token itself)."""

    def __init__(self, find: Callable[[Any], int], size: int = 65_536) -> None:
        super().__init__()
        self._find = find
        self._size = size

    def __missing__(self, key: Any) -> int:
        if len(self) >= self._size:
            self.clear()
        row = self[key] = self._find(key)
        return row


class RowTable(dict):
    """Key -> index of its row in `array` (a 2-D int array grown as keys come), the row made
    once per key by `make`: a paragraph's rows are one gather, `array[indices]`. The first
    rows are `fixed` (rows no key names). Bounded: cleared when it holds `size` keys, so a
    long batch run stays small."""

    def __init__(self, make: Callable[[str], tuple[int, ...]], size: int,
                 fixed: tuple[tuple[int, ...], ...]) -> None:
        super().__init__()
        self._make = make
        self._size = size
        self._fixed = len(fixed)
        self.array = np.zeros((1024, len(fixed[0])), dtype=np.intp)
        self.array[:len(fixed)] = fixed

    def __missing__(self, key: str) -> int:
        if len(self) >= self._size:
            self.clear()
        k = len(self) + self._fixed
        if k == len(self.array):
            self.array = np.concatenate([self.array, np.zeros_like(self.array)])
        self.array[k] = self._make(key)
        self[key] = k
        return k


class CrfArrays:
    """A CRFsuite model as arrays: `weights[row, label]` of the state features (the last row,
    `index.unknown`, all zeros), `transitions[i, j]`, the label strings, and per-model tables
    of rows remembered by the caller (`remember`)."""

    def __init__(self, model_path: str | Path) -> None:
        data = Path(model_path).read_bytes()
        magic, _, _, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, _, _ = \
            _HEADER.unpack_from(data, 0)
        if magic != b"lCRF":
            raise ValueError(f"not a CRFsuite model: {model_path}")
        chunk, _, n_features = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ValueError("not a CRFsuite model: features missing")
        feats = np.frombuffer(data, _FEATURE, n_features, off_features + 12)
        state, trans = feats[feats["type"] == 0], feats[feats["type"] == 1]
        self.labels = [s.decode() for s in _cqdb_strings(data, off_labels, n_labels)]
        self.weights = np.zeros((n_attrs + 1, n_labels))
        self.weights[state["src"], state["dst"]] = state["weight"]
        self.transitions = np.zeros((n_labels, n_labels))
        self.transitions[trans["src"], trans["dst"]] = trans["weight"]
        attrs = _cqdb_strings(data, off_attrs, n_attrs)
        self.index = AttributeIndex(dict(zip(attrs, range(n_attrs), strict=True)), n_attrs)
        self._tables: dict[str, dict] = {}

    def remember(self, name: str, make: Callable[[], dict]) -> dict:
        """A table of rows made once for this model (`make`), by name."""
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = make()
        return table

    def state_scores(self, columns: np.ndarray) -> np.ndarray:
        """Scores (tokens x labels) of the attribute rows `columns` (attributes x tokens, in
        the order of the tokens' attributes), summed in that order as CRFsuite sums them."""
        w = self.weights
        scores = w[columns[0]]
        for col in columns[1:]:
            scores += w[col]
        return scores

    def viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[str]]:
        """The best label sequence of each paragraph: `scores` holds the paragraphs' state
        scores one after the other, `lengths` their token counts. All paragraphs are decoded
        in lockstep (the shorter ones run on over zeros, and their results are read at their
        own last token); the back pointers, `argmax_i(score(t-1, i) + trans(i, j))` of the
        same sums, are found for all steps at once after the forward pass."""
        if not lengths:
            return []
        n_labels = len(self.labels)
        longest = max(lengths)
        alpha = np.zeros((len(lengths), longest, n_labels))  # the state scores, then the path scores
        at = 0
        for p, n in enumerate(lengths):
            alpha[p, :n] = scores[at:at + n]
            at += n
        trans = self.transitions
        largest = np.maximum.reduce  # `ndarray.max` without its Python wrapper
        for t in range(1, longest):  # score(t, j) = state(t, j) + max_i (score(t-1, i) + trans(i, j))
            alpha[:, t] += largest(alpha[:, t - 1, :, None] + trans, axis=1)
        # [p, t, j]: the first i of the largest sum into label j at step t + 1, as CRFsuite
        back = (alpha[:, :-1, :, None] + trans).argmax(axis=2)
        out = []
        labels = self.labels
        for p, n in enumerate(lengths):
            k = int(alpha[p, n - 1].argmax())
            path = [k]
            steps = back[p, :n - 1].tolist()
            for t in range(n - 2, -1, -1):
                k = steps[t][k]
                path.append(k)
            out.append([labels[k] for k in reversed(path)])
        return out
