"""Models and persistence services. Services take a Session and never commit unless they say so."""
