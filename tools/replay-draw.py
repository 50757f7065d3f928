#!/usr/bin/env python3
"""Replay a Sanxiang random draw (双随机抽取) from its published lists and revealed seed.

Python 3 standard library only; written from docs/inspection-draw.md, independent of the product.

    python3 tools/replay-draw.py LISTS SEED_HEX [--digest HEX] [--commitment HEX]

LISTS is the file of the draw's canonical bytes (docs/inspection-draw.md section 2) as published.
Prints the digest, the seed's commitment and one line per pick: `pick <partyId> <class> <officerId> ...`.
Exit status: 0 replayed (and matching the given digest/commitment), 1 a digest or commitment does not match,
2 the lists are not canonical or the draw is refused.
"""
import argparse
import datetime
import hashlib
import hmac
import sys

VERSION = "sanxiang-draw/1"


class Refused(Exception):
    pass


def parse(data):
    """The lists from canonical bytes; refuses anything that would not re-serialise to the same bytes."""
    text = data.decode("utf-8")
    if not text.endswith("\n"):
        raise Refused("DRAW_INPUT_INVALID: the last line does not end in LF")
    lines = text[:-1].split("\n")
    if lines[0] != VERSION:
        raise Refused("DRAW_INPUT_INVALID: not " + VERSION)
    lists = {"quota": [], "party": [], "inspector": [], "recusal": []}
    window = per_task = None
    for line in lines[1:]:
        kind, *fields = line.split(" ")
        if kind == "window" and len(fields) == 2:
            window = tuple(datetime.date.fromisoformat(f) for f in fields)
        elif kind == "per-task" and len(fields) == 1:
            per_task = int(fields[0])
        elif kind == "quota" and len(fields) == 2:
            lists["quota"].append((fields[0], int(fields[1])))
        elif kind == "party" and len(fields) == 2:
            lists["party"].append((int(fields[0]), fields[1]))
        elif kind == "inspector" and len(fields) == 3:
            lists["inspector"].append((int(fields[0]),) + tuple(datetime.date.fromisoformat(f) for f in fields[1:]))
        elif kind == "recusal" and len(fields) == 2:
            lists["recusal"].append((int(fields[0]), int(fields[1])))
        else:
            raise Refused("DRAW_INPUT_INVALID: unexpected line " + repr(line))
    if window is None or per_task is None:
        raise Refused("DRAW_INPUT_INVALID: no window or per-task line")
    draw = {"from": window[0], "to": window[1], "per_task": per_task, **lists}
    if canonical(draw) != data:
        raise Refused("DRAW_INPUT_INVALID: the lists are not in canonical form")
    return draw


def canonical(draw):
    out = [VERSION, "window %s %s" % (draw["from"].isoformat(), draw["to"].isoformat()), "per-task %d" % draw["per_task"]]
    out += ["quota %s %d" % q for q in sorted(draw["quota"], key=lambda q: q[0].encode("utf-8"))]
    out += ["party %d %s" % p for p in sorted(draw["party"])]
    out += ["inspector %d %s %s" % (i[0], i[1].isoformat(), i[2].isoformat()) for i in sorted(draw["inspector"])]
    out += ["recusal %d %d" % r for r in sorted(set(draw["recusal"]))]
    return ("\n".join(out) + "\n").encode("utf-8")


class Stream:
    def __init__(self, seed, digest):
        self.seed, self.digest, self.counter, self.buffer = seed, digest, 0, b""

    def uniform(self, n):
        limit = 2**32 - (2**32 % n)
        while True:
            if not self.buffer:
                message = self.digest + self.counter.to_bytes(8, "big")
                self.buffer = hmac.new(self.seed, message, hashlib.sha256).digest()
                self.counter += 1
            x, self.buffer = int.from_bytes(self.buffer[:4], "big"), self.buffer[4:]
            if x < limit:
                return x % n


def replay(seed, draw):
    if len(seed) != 32:
        raise Refused("DRAW_SEED_INVALID: the seed is not 32 bytes")
    if draw["from"] > draw["to"]:
        raise Refused("DRAW_WINDOW_INVALID")
    if draw["per_task"] < 2:
        raise Refused("DRAW_INSPECTORS_PER_TASK")
    if sum(c for _, c in draw["quota"]) < 1 or len({c for c, _ in draw["quota"]}) != len(draw["quota"]):
        raise Refused("DRAW_INPUT_INVALID: quotas")
    quotas = sorted(draw["quota"], key=lambda q: q[0].encode("utf-8"))
    qualified = [i[0] for i in sorted(draw["inspector"]) if i[1] <= draw["from"] and i[2] >= draw["to"]]
    recusals = set(draw["recusal"])

    def eligible(party):
        return [o for o in qualified if (o, party) not in recusals]

    pools = {c: sorted(p for p, pc in draw["party"] if pc == c) for c, _ in quotas}
    for c, k in quotas:
        if k > len(pools[c]):
            raise Refused("DRAW_POOL_TOO_SMALL: class %s has %d parties, fewer than %d" % (c, len(pools[c]), k))
        for party in pools[c] if k > 0 else []:
            if len(eligible(party)) < draw["per_task"]:
                raise Refused("DRAW_POOL_TOO_SMALL: party %d has fewer eligible inspectors than a task needs" % party)
    stream = Stream(seed, hashlib.sha256(canonical(draw)).digest())
    drawn = []
    for c, k in quotas:
        a = list(pools[c])
        for j in range(k):
            r = j + stream.uniform(len(a) - j)
            a[j], a[r] = a[r], a[j]
            drawn.append((a[j], c))
    load = {o: 0 for o in qualified}
    picks = []
    for party, c in drawn:
        candidates, chosen = eligible(party), []
        for _ in range(draw["per_task"]):
            least = min(load[o] for o in candidates)
            m = [o for o in candidates if load[o] == least]
            o = m[stream.uniform(len(m))]
            chosen.append(o)
            candidates.remove(o)
            load[o] += 1
        picks.append((party, c, chosen))
    return picks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lists")
    parser.add_argument("seed")
    parser.add_argument("--digest")
    parser.add_argument("--commitment")
    args = parser.parse_args()
    with open(args.lists, "rb") as f:
        data = f.read()
    seed = bytes.fromhex(args.seed)
    digest = hashlib.sha256(data).hexdigest()
    commitment = hashlib.sha256(seed).hexdigest()
    print("digest", digest)
    print("commitment", commitment)
    if args.digest and args.digest.lower() != digest:
        print("the lists do not match the published digest", file=sys.stderr)
        return 1
    if args.commitment and args.commitment.lower() != commitment:
        print("the seed does not match the published commitment", file=sys.stderr)
        return 1
    try:
        for party, c, inspectors in replay(seed, parse(data)):
            print("pick", party, c, *inspectors)
    except (Refused, ValueError) as e:
        print("refused:", e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
