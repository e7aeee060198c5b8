"""Text processing shared by attribution and the analyzers, all offline: sentences, tokens and
stems, n-grams and term ranking, word classes, alias and lexicon matching, predicates and their
actors, and the two sentiment scorers."""
