"""The Streamlit dashboard's pieces: pure chart builders and download payloads, plus the
Streamlit-facing loaders. `app.py` only lays them out."""
