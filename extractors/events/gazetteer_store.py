"""The gazetteer's cache file: one read-only file that every process maps into memory (mmap).

A pickled gazetteer is unpickled into each process's own objects: a second or more per process and
about 250 MB each. This file is read in place instead: the columns and the name indexes are flat
arrays that `open_store` maps without copying, so the pages are the operating system's file cache,
shared by every process that maps the file (the flow's worker processes, a CLI run beside them),
and each process pays only for the few pages its lookups touch. Opening takes milliseconds.

Layout: `MAGIC`, the header's length (8 bytes, little-endian), the header (JSON: each section's
offset, size and array type code, the small string pools, scalars), padding to 8 bytes, then the
sections, each 8-byte aligned:
- a string column: the UTF-8 bytes of all values end to end plus an offsets array (`StringColumn`);
- a pooled column: one small code per row into a pool of distinct strings kept in the header
  (`PooledColumn`: country codes, admin1 names, kinds);
- numbers: arrays of float64 / int64;
- a name index (`NameIndex`): its keys as a string column, an open-addressing hash table (CRC-32
  of the key's UTF-8 bytes, linear probing, at most half full) holding key numbers, and each key's
  place ids (offsets into one ids array).
Lookups return what the in-memory form returned (an int for one place, a tuple of ids by
population for several), so nothing above this module changes.
"""

from __future__ import annotations

import json
import mmap
import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import BinaryIO, overload

MAGIC = b"CWGAZ1\r\n"
_ALIGN = 8


class StoreError(ValueError):
    """The file is not a complete gazetteer store (truncated, another format, corrupted)."""


class StringColumn(Sequence[str]):
    """Row i's string: bytes offsets[i]:offsets[i + 1] of the blob, decoded."""

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: memoryview, offsets: memoryview) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        offsets = self._offsets
        return str(self._blob[offsets[i] : offsets[i + 1]], "utf-8")

    def raw(self, i: int) -> memoryview:
        return self._blob[self._offsets[i] : self._offsets[i + 1]]


class PooledColumn(Sequence[str]):
    """Row i's string: pool[codes[i]] (few distinct values, many rows)."""

    __slots__ = ("_codes", "_pool")

    def __init__(self, pool: Sequence[str], codes: memoryview) -> None:
        self._pool = tuple(pool)
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self._pool[self._codes[i]]


class NameIndex(Mapping[str, "int | tuple[int, ...]"]):
    """name key -> place id (int) or place ids (tuple), read from the mapped file."""

    __slots__ = ("_id_offsets", "_ids", "_keys", "_mask", "_slots")

    def __init__(self, keys: StringColumn, slots: memoryview, id_offsets: memoryview, ids: memoryview):
        self._keys = keys
        self._slots = slots
        self._mask = len(slots) - 1
        self._id_offsets = id_offsets
        self._ids = ids

    def _find(self, key: str) -> int:
        data = key.encode("utf-8", "surrogatepass")
        slots, mask, keys = self._slots, self._mask, self._keys
        h = zlib.crc32(data) & mask
        while True:
            k = slots[h]
            if k == 0:
                return -1
            if keys.raw(k - 1) == data:
                return k - 1
            h = (h + 1) & mask

    def _value(self, k: int) -> int | tuple[int, ...]:
        start, end = self._id_offsets[k], self._id_offsets[k + 1]
        return self._ids[start] if end - start == 1 else tuple(self._ids[start:end])

    def get(self, key, default=None):
        if not isinstance(key, str):
            return default
        k = self._find(key)
        return default if k < 0 else self._value(k)

    def __getitem__(self, key: str) -> int | tuple[int, ...]:
        k = self._find(key) if isinstance(key, str) else -1
        if k < 0:
            raise KeyError(key)
        return self._value(k)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)


# --------------------------------------------------------------------------- writing


class _Writer:
    def __init__(self) -> None:
        self.sections: dict[str, tuple[str, bytes]] = {}
        self.header: dict = {}

    def array(self, name: str, typecode: str, values: Iterable) -> None:
        data = (
            values if isinstance(values, array) and values.typecode == typecode else array(typecode, values)
        )
        self.sections[name] = (typecode, data.tobytes())

    def strings(self, name: str, values: Iterable[str]) -> None:
        blob = bytearray()
        offsets = array("I", [0])
        for value in values:
            blob += value.encode("utf-8", "surrogatepass")
            offsets.append(len(blob))
        if len(blob) >= 2**32:
            raise StoreError(f"string column {name} over 4 GB")
        self.sections[f"{name}.blob"] = ("B", bytes(blob))
        self.sections[f"{name}.offsets"] = ("I", offsets.tobytes())

    def pooled(self, name: str, values: Sequence[str], typecode: str) -> None:
        pool: dict[str, int] = {}
        codes = array(typecode, (pool.setdefault(v, len(pool)) for v in values))
        self.header.setdefault("pools", {})[name] = list(pool)
        self.sections[name] = (typecode, codes.tobytes())

    def index(self, name: str, index: Mapping[str, int | tuple[int, ...]]) -> None:
        keys = list(index)
        self.strings(f"{name}.keys", keys)
        size = 1
        while size < 2 * max(len(keys), 1):
            size <<= 1
        slots = array("I", bytes(4 * size))
        mask = size - 1
        id_offsets = array("I", [0])
        ids = array("I")
        for k, key in enumerate(keys):
            h = zlib.crc32(key.encode("utf-8", "surrogatepass")) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = k + 1
            value = index[key]
            ids.extend((value,) if isinstance(value, int) else value)
            id_offsets.append(len(ids))
        self.sections[f"{name}.slots"] = ("I", slots.tobytes())
        self.sections[f"{name}.id_offsets"] = ("I", id_offsets.tobytes())
        self.sections[f"{name}.ids"] = ("I", ids.tobytes())

    def write(self, fh: BinaryIO) -> None:
        layout: dict[str, list] = {}
        offset = 0
        for name, (typecode, data) in self.sections.items():
            layout[name] = [offset, len(data), typecode]
            offset += len(data) + (-len(data)) % _ALIGN
        header = json.dumps({**self.header, "sections": layout, "data_bytes": offset}).encode("utf-8")
        header += b" " * ((-(len(MAGIC) + 8 + len(header))) % _ALIGN)
        fh.write(MAGIC + struct.pack("<Q", len(header)) + header)
        for _typecode, data in self.sections.values():
            fh.write(data + bytes((-len(data)) % _ALIGN))


def write_store(
    fh: BinaryIO,
    columns: Mapping[str, Sequence],
    indexes: Mapping[str, Mapping[str, int | tuple[int, ...]]],
    capitals: Mapping[str, int],
    scalars: Mapping[str, int] | None = None,
) -> None:
    """Write the gazetteer's columns (name, country, admin1, lat, lon, population, kind), its name
    indexes and its capitals to `fh` in the layout of the module docstring."""
    writer = _Writer()
    writer.strings("name", columns["name"])
    writer.pooled("country", columns["country"], "H")
    writer.pooled("admin1", columns["admin1"], "I")
    writer.pooled("kind", columns["kind"], "B")
    writer.array("lat", "d", columns["lat"])
    writer.array("lon", "d", columns["lon"])
    writer.array("population", "q", columns["population"])
    for name, index in indexes.items():
        writer.index(name, index)
    writer.header.update(
        rows=len(columns["name"]), indexes=list(indexes), capitals=dict(capitals), scalars=dict(scalars or {})
    )
    writer.write(fh)


# --------------------------------------------------------------------------- reading


class Store:
    """A mapped gazetteer file: its columns, indexes and capitals (see `open_store`)."""

    def __init__(self, buffer: mmap.mmap) -> None:
        self._mmap = buffer  # kept open for the life of the process: the views below read it
        view = memoryview(buffer)
        if bytes(view[: len(MAGIC)]) != MAGIC:
            raise StoreError("not a gazetteer store (or an older format)")
        try:
            (header_len,) = struct.unpack("<Q", view[len(MAGIC) : len(MAGIC) + 8])
            start = len(MAGIC) + 8
            header = json.loads(bytes(view[start : start + header_len]))
            data = start + header_len
            if len(view) != data + header["data_bytes"]:
                raise StoreError(f"gazetteer store truncated or padded ({len(view)} bytes)")
            self._sections = {
                name: view[data + offset : data + offset + size].cast(typecode)
                for name, (offset, size, typecode) in header["sections"].items()
            }
        except (struct.error, ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"gazetteer store unreadable: {exc}") from exc
        self.header = header
        pools = header["pools"]
        self.columns = {
            "name": self._strings("name"),
            "country": PooledColumn(pools["country"], self._sections["country"]),
            "admin1": PooledColumn(pools["admin1"], self._sections["admin1"]),
            "kind": PooledColumn(pools["kind"], self._sections["kind"]),
            "lat": self._sections["lat"],
            "lon": self._sections["lon"],
            "population": self._sections["population"],
        }
        self.indexes = {
            name: NameIndex(
                self._strings(f"{name}.keys"),
                self._sections[f"{name}.slots"],
                self._sections[f"{name}.id_offsets"],
                self._sections[f"{name}.ids"],
            )
            for name in header["indexes"]
        }
        self.capitals: dict[str, int] = dict(header["capitals"])
        self.scalars: dict[str, int] = dict(header["scalars"])

    def _strings(self, name: str) -> StringColumn:
        return StringColumn(self._sections[f"{name}.blob"], self._sections[f"{name}.offsets"])


def open_store(path) -> Store:
    """Map the file at `path` read-only. Raises OSError if it cannot be read, StoreError if it is
    not a complete store. The mapping outlives a later replacement or deletion of the file."""
    with open(path, "rb") as fh:
        try:
            buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError as exc:  # an empty file cannot be mapped
            raise StoreError(f"gazetteer store empty: {path}") from exc
    return Store(buffer)
