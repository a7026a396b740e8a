// Vocabulary for plausible fake research output.

export const FIRST_NAMES = [
  "Jordan",
  "Avery",
  "Morgan",
  "Priya",
  "Kenji",
  "Elena",
  "Marcus",
  "Sofia",
  "Omar",
  "Lena",
  "Daniel",
  "Amara",
  "Chen",
  "Isabel",
  "Tomas",
  "Hannah",
  "Ravi",
  "Grace",
  "Mateo",
  "Yuki",
] as const;

export const LAST_NAMES = [
  "Rivera",
  "Nakamura",
  "Okafor",
  "Schmidt",
  "Patel",
  "Kowalski",
  "Haddad",
  "Lindqvist",
  "Moreau",
  "Alvarez",
  "Chen",
  "Brennan",
  "Sato",
  "Mensah",
  "Rossi",
  "Iyer",
  "Novak",
  "Fischer",
] as const;

export const CITIES = [
  "San Francisco, CA",
  "Austin, TX",
  "New York, NY",
  "London, UK",
  "Berlin, Germany",
  "Toronto, Canada",
  "Singapore",
  "Bangalore, India",
  "Paris, France",
  "Sydney, Australia",
  "Tel Aviv, Israel",
  "Boston, MA",
] as const;

export const COUNTRIES = ["United States", "United Kingdom", "Germany", "Canada", "Singapore", "India", "France", "Japan"] as const;

export const INDUSTRIES = [
  "enterprise software",
  "financial services",
  "healthcare",
  "logistics",
  "consumer electronics",
  "renewable energy",
  "biotechnology",
  "e-commerce",
  "cybersecurity",
  "media",
] as const;

export const SOURCE_DOMAINS = [
  "example-news.com",
  "encyclopedia.example.org",
  "business-journal.example.com",
  "filings.example.gov",
  "research.example.net",
  "techwire.example.com",
  "marketwatch.example.io",
  "press.example.org",
] as const;

export const SOURCE_KINDS = [
  "profile",
  "annual report",
  "press release",
  "interview",
  "market analysis",
  "company overview",
  "news coverage",
  "industry survey",
  "regulatory filing",
  "fact sheet",
] as const;

export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;

export const HEDGES = [
  "According to multiple independent sources,",
  "Based on recent public filings,",
  "Coverage from the past two years indicates that",
  "Several reputable outlets report that",
  "Primary sources consistently show that",
] as const;

export const FINDINGS = [
  "has expanded its footprint steadily over the last few years",
  "is frequently cited as a leader in its segment",
  "reported steady year-over-year growth",
  "faces increasing competition from newer entrants",
  "has announced several strategic partnerships",
  "maintains a strong reputation among customers and analysts",
  "recently restructured parts of its leadership team",
] as const;
