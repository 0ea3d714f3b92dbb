"""Statistics of the desk and its annual report (figures computed in SQL; ``queries``)."""
