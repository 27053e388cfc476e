"""Narratives of the SemEval-2025 Task 10 taxonomy: cue lexicons, a multi-label model, evidence."""
