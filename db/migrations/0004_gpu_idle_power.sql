-- Schema version 4: the power a GPU draws while it holds a model and serves nothing ("loaded
-- idle"), so that the cost engine's power follows the load (issue 13, point 4; docs/cost-model.md).
-- Empty where no source gives it: the engine then counts the serving draw in every hour and says so.
-- Never edit a shipped migration: add 000N_*.sql instead.

ALTER TABLE gpus ADD COLUMN idle_w REAL CHECK (idle_w IS NULL OR idle_w >= 0);

-- Existing catalogs get the sourced values where the row is still the bundled one's (the new
-- column is empty everywhere). The sources are in db/seed/gpus.csv (notes).
UPDATE gpus SET idle_w = 43 WHERE id = 'nvidia-geforce-rtx-4090' AND idle_w IS NULL;
UPDATE gpus SET idle_w = 142 WHERE id = 'nvidia-h100-sxm5-80gb' AND idle_w IS NULL;
