"""Expected-F1 decoding of calibrated narrative probabilities (framing.narratives.model's decoder where the
training data has `Other` articles), and the rules both decoders share: one domain, taxonomy order."""

from __future__ import annotations

import numpy as np

from .taxonomy import OTHER, Taxonomy

MAX_NARRATIVES = 6  # most narratives expected-F1 decoding weighs for one article


def ordered(coarse: list[str], fine: list[str], taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """Narratives in taxonomy order and subnarratives sorted, once each (`Other` as it is)."""
    if coarse == [OTHER]:
        return coarse, fine
    order = {label: i for i, label in enumerate(taxonomy.narratives)}
    return sorted(coarse, key=lambda label: order[label]), sorted(set(fine))


def expected_f1_sets(
    pn: np.ndarray,
    p_other: float,
    pf: np.ndarray,
    clabels: list[str],
    flabels: list[str],
    taxonomy: Taxonomy,
    kids: dict[str, list[int]],
) -> tuple[list[str], list[str]]:
    """The label sets with the highest expected coarse + fine samples-F1 under calibrated probabilities.

    The expected F1 of a set S is taken as 2 E|S & gold| / (|S| + E|gold|) (label probabilities as
    independent). `Other` alone is worth 2 p_other / (1 + E|gold|) at each level; against it, the k most
    probable narratives (k = 1 ... MAX_NARRATIVES), each with its most probable subnarrative (or
    `<narrative>: Other` when none is modelled) and then, most probable first, the other subnarratives of
    the chosen narratives as long as each one raises the fine level's expected F1. A subnarrative is
    taken as no more probable than its narrative (the heads are trained apart, so one may say more)."""
    p, q = pn.tolist(), pf.tolist()  # plain floats: a few hundred small steps, cheaper than NumPy calls
    for j, narrative in enumerate(clabels[: len(p)]):
        for m in kids.get(narrative, ()):
            q[m] = min(q[m], p[j])
    gold_c, gold_f = p_other + sum(p), p_other + sum(q)
    best = 2 * p_other / (1 + gold_c) + 2 * p_other / (1 + gold_f)
    chosen: tuple[int, list[int]] = (0, [])
    ranked = one_domain(sorted(range(len(p)), key=lambda j: -p[j]), clabels, taxonomy)[:MAX_NARRATIVES]
    hit_c, required, hit_r, unmodelled, rest = 0.0, [], 0.0, 0, []
    value_c = value_f = 0.0  # no bound before the first narrative
    for k, j in enumerate(ranked, 1):
        if p[j] <= min(value_c, value_f) / 2:
            # this narrative and all after it (their subnarratives no more probable) bring labels worth
            # less than half of either level's expected F1 so far: neither level can rise again
            break
        hit_c += p[j]
        mine = kids.get(clabels[j], [])
        if mine:
            top = max(mine, key=q.__getitem__)
            required.append(top)
            hit_r += q[top]
            rest += [m for m in mine if m != top]
        else:
            unmodelled += 1  # its `<narrative>: Other` counts in the set, with no probability behind it
        picked, hit, size = list(required), hit_r, len(required) + unmodelled
        value_f = 2 * hit / (size + gold_f)
        for m in sorted(rest, key=lambda m: -q[m]):
            more = 2 * (hit + q[m]) / (size + 1 + gold_f)
            if more <= value_f:
                break
            picked.append(m)
            hit, size, value_f = hit + q[m], size + 1, more
        value_c = 2 * hit_c / (k + gold_c)
        value = value_c + value_f
        if value > best:
            best, chosen = value, (k, picked)
    k, picked = chosen
    if not k:
        return [OTHER], [OTHER]
    coarse = [clabels[j] for j in ranked[:k]]
    fine = [taxonomy.other_of(n) for n in coarse if not kids.get(n)] + [flabels[m] for m in picked]
    return ordered(coarse, fine, taxonomy)


def one_domain(ranked: list[int], clabels: list[str], taxonomy: Taxonomy) -> list[int]:
    """`ranked` (positions in `clabels`, best first) kept to the best one's domain: no article of the data,
    in any of its five languages, carries narratives of both the war and the climate (out of fold in
    English, 3 to 7 articles a split were predicted with both, and scored 0.07 to 0.11 fine on average)."""
    if not ranked:
        return ranked
    domain = taxonomy.domain(clabels[ranked[0]])
    return [j for j in ranked if taxonomy.domain(clabels[j]) == domain]
