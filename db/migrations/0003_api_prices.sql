-- Schema version 3: hosted API prices per million tokens, the "why not just buy tokens?" reference.
-- Depends only on 0001 (models). Never edit once shipped.
-- One row = one provider's published price for one catalog model on one date; rows of the same
-- provider and model at other dates are its price history (the engine uses the newest).
-- Off-peak prices apply inside [offpeak_start_utc_h, offpeak_end_utc_h) in UTC hours (the window
-- wraps midnight when end <= start); all off-peak cells are empty when there is no discount.
-- An upgraded catalog gets the bundled rows from db/seed/api_prices.csv when this table is created
-- (db/catalog.cpp, seedNewTables), so the rows live in one place: the seed.

CREATE TABLE api_prices (
    id TEXT PRIMARY KEY NOT NULL,
    provider TEXT NOT NULL,
    api_model TEXT NOT NULL,
    model_id TEXT NOT NULL REFERENCES models(id) ON UPDATE CASCADE ON DELETE CASCADE,
    input_cache_hit_per_million REAL CHECK (input_cache_hit_per_million IS NULL OR input_cache_hit_per_million >= 0),
    input_cache_miss_per_million REAL NOT NULL CHECK (input_cache_miss_per_million >= 0),
    output_per_million REAL NOT NULL CHECK (output_per_million >= 0),
    offpeak_input_cache_hit_per_million REAL CHECK (offpeak_input_cache_hit_per_million IS NULL OR offpeak_input_cache_hit_per_million >= 0),
    offpeak_input_cache_miss_per_million REAL CHECK (offpeak_input_cache_miss_per_million IS NULL OR offpeak_input_cache_miss_per_million >= 0),
    offpeak_output_per_million REAL CHECK (offpeak_output_per_million IS NULL OR offpeak_output_per_million >= 0),
    offpeak_start_utc_h REAL CHECK (offpeak_start_utc_h IS NULL OR (offpeak_start_utc_h >= 0 AND offpeak_start_utc_h < 24)),
    offpeak_end_utc_h REAL CHECK (offpeak_end_utc_h IS NULL OR (offpeak_end_utc_h >= 0 AND offpeak_end_utc_h < 24)),
    currency TEXT NOT NULL,
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
