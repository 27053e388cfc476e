"""Six sentences of three kinds, four times over: enough to fit every kind of model in a second."""

TEXTS = [
    "Officials may possibly delay the vote.",
    "The war could spiral into catastrophe.",
    "The council met on Monday.",
    "Prices might rise, analysts suggest.",
    "A devastating war looms on the brink.",
    "The library opened a new room.",
] * 4
LABELS = ["hedged", "escalatory", "neutral"] * 8
