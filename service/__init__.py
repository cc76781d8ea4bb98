"""QuoteTrail: quotations, speakers and provenance from news articles."""
