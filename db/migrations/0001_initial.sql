-- Schema version 1 of the TCO Planner catalog.
-- Never edit a shipped migration: add 000N_*.sql instead.
-- Every row carries `source` (citation) and `as_of` (date or period of the value).
-- Empty (NULL) numeric cells mean "not found in any source": the engine says so instead of guessing.
-- Keys are readable slugs so that CSV files can reference rows by name.

CREATE TABLE gpus (
    id TEXT PRIMARY KEY NOT NULL,
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    form_factor TEXT NOT NULL DEFAULT '',
    vram_gb REAL NOT NULL CHECK (vram_gb > 0),
    memory_type TEXT NOT NULL DEFAULT '',
    mem_bw_gbs REAL CHECK (mem_bw_gbs IS NULL OR mem_bw_gbs > 0),
    fp32_tflops REAL CHECK (fp32_tflops IS NULL OR fp32_tflops > 0),
    fp16_tflops REAL CHECK (fp16_tflops IS NULL OR fp16_tflops > 0),
    fp8_tflops REAL CHECK (fp8_tflops IS NULL OR fp8_tflops > 0),
    int8_tops REAL CHECK (int8_tops IS NULL OR int8_tops > 0),
    int4_tops REAL CHECK (int4_tops IS NULL OR int4_tops > 0),
    fp4_tflops REAL CHECK (fp4_tflops IS NULL OR fp4_tflops > 0),
    tdp_w REAL CHECK (tdp_w IS NULL OR tdp_w > 0),
    link_kind TEXT NOT NULL DEFAULT 'pcie' CHECK (link_kind IN ('pcie', 'nvlink', 'infinity-fabric', 'other')),
    link_name TEXT NOT NULL DEFAULT '',
    link_gbs REAL CHECK (link_gbs IS NULL OR link_gbs > 0),
    launch_year INTEGER,
    price REAL CHECK (price IS NULL OR price >= 0),
    price_currency TEXT NOT NULL DEFAULT 'USD',
    price_note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE gpu_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    gpu_id TEXT NOT NULL REFERENCES gpus(id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE server_parts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cpu', 'memory', 'storage', 'nic', 'switch', 'chassis', 'storage_array', 'cable', 'other')),
    vendor TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL,
    spec TEXT NOT NULL DEFAULT '',
    capacity REAL CHECK (capacity IS NULL OR capacity >= 0),
    capacity_unit TEXT NOT NULL DEFAULT '',
    ports INTEGER CHECK (ports IS NULL OR ports >= 0),
    port_gbps REAL CHECK (port_gbps IS NULL OR port_gbps > 0),
    power_w REAL CHECK (power_w IS NULL OR power_w >= 0),
    price REAL CHECK (price IS NULL OR price >= 0),
    price_currency TEXT NOT NULL DEFAULT 'USD',
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cloud_providers (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cloud_regions (
    id TEXT PRIMARY KEY NOT NULL,
    provider_id TEXT NOT NULL REFERENCES cloud_providers(id) ON UPDATE CASCADE ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    as_of TEXT NOT NULL
);

CREATE TABLE cloud_instances (
    id TEXT PRIMARY KEY NOT NULL,
    region_id TEXT NOT NULL REFERENCES cloud_regions(id) ON UPDATE CASCADE ON DELETE CASCADE,
    instance_type TEXT NOT NULL,
    gpu_id TEXT NOT NULL REFERENCES gpus(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    gpu_count REAL NOT NULL CHECK (gpu_count > 0),
    vcpus INTEGER CHECK (vcpus IS NULL OR vcpus > 0),
    ram_gb REAL CHECK (ram_gb IS NULL OR ram_gb > 0),
    gpu_interconnect TEXT NOT NULL DEFAULT '',
    network_gbps REAL CHECK (network_gbps IS NULL OR network_gbps > 0),
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cloud_prices (
    instance_id TEXT NOT NULL REFERENCES cloud_instances(id) ON UPDATE CASCADE ON DELETE CASCADE,
    purchase_option TEXT NOT NULL CHECK (purchase_option IN (
        'on_demand', 'spot',
        'reserved_1y_no_upfront', 'reserved_1y_partial_upfront', 'reserved_1y_all_upfront',
        'reserved_3y_no_upfront', 'reserved_3y_partial_upfront', 'reserved_3y_all_upfront',
        'savings_plan_1y', 'savings_plan_3y')),
    currency TEXT NOT NULL,
    hourly REAL NOT NULL CHECK (hourly >= 0),
    upfront REAL NOT NULL DEFAULT 0 CHECK (upfront >= 0),
    interruption_rate REAL CHECK (interruption_rate IS NULL OR (interruption_rate >= 0 AND interruption_rate <= 1)),
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (instance_id, purchase_option, currency)
);

CREATE TABLE models (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    hf_repo TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    total_params_b REAL NOT NULL CHECK (total_params_b > 0),
    active_params_b REAL NOT NULL CHECK (active_params_b > 0),
    layers INTEGER NOT NULL CHECK (layers > 0),
    hidden_size INTEGER NOT NULL CHECK (hidden_size > 0),
    intermediate_size INTEGER,
    moe_intermediate_size INTEGER,
    attention_heads INTEGER NOT NULL CHECK (attention_heads > 0),
    kv_heads INTEGER NOT NULL CHECK (kv_heads > 0),
    head_dim INTEGER NOT NULL CHECK (head_dim > 0),
    attention TEXT NOT NULL CHECK (attention IN ('mha', 'gqa', 'mla')),
    q_lora_rank INTEGER,
    kv_lora_rank INTEGER,
    qk_nope_head_dim INTEGER,
    qk_rope_head_dim INTEGER,
    v_head_dim INTEGER,
    routed_experts INTEGER NOT NULL DEFAULT 0 CHECK (routed_experts >= 0),
    shared_experts INTEGER NOT NULL DEFAULT 0 CHECK (shared_experts >= 0),
    experts_per_token INTEGER NOT NULL DEFAULT 0 CHECK (experts_per_token >= 0),
    first_dense_layers INTEGER NOT NULL DEFAULT 0 CHECK (first_dense_layers >= 0),
    vocab_size INTEGER NOT NULL CHECK (vocab_size > 0),
    max_context_tokens INTEGER NOT NULL CHECK (max_context_tokens > 0),
    tie_word_embeddings INTEGER NOT NULL DEFAULT 0 CHECK (tie_word_embeddings IN (0, 1)),
    native_dtype TEXT NOT NULL DEFAULT '',
    license TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE model_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    model_id TEXT NOT NULL REFERENCES models(id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE precisions (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    bits_per_weight REAL NOT NULL CHECK (bits_per_weight > 0 AND bits_per_weight <= 32),
    compute_dtype TEXT NOT NULL CHECK (compute_dtype IN ('fp32', 'fp16', 'fp8', 'int8', 'int4', 'fp4')),
    kv_bytes_per_element REAL NOT NULL DEFAULT 2 CHECK (kv_bytes_per_element > 0),
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE precision_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    precision_id TEXT NOT NULL REFERENCES precisions(id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE serving_stacks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    bw_efficiency REAL NOT NULL CHECK (bw_efficiency > 0 AND bw_efficiency <= 1),
    prefill_mfu REAL NOT NULL CHECK (prefill_mfu > 0 AND prefill_mfu <= 1),
    decode_mfu REAL NOT NULL CHECK (decode_mfu > 0 AND decode_mfu <= 1),
    step_overhead_ms REAL NOT NULL DEFAULT 0 CHECK (step_overhead_ms >= 0),
    layer_overhead_us REAL NOT NULL DEFAULT 0 CHECK (layer_overhead_us >= 0),
    request_overhead_ms REAL NOT NULL DEFAULT 0 CHECK (request_overhead_ms >= 0),
    usable_vram_fraction REAL NOT NULL DEFAULT 0.9 CHECK (usable_vram_fraction > 0 AND usable_vram_fraction <= 1),
    runtime_overhead_gib REAL NOT NULL DEFAULT 0 CHECK (runtime_overhead_gib >= 0),
    max_batch_per_replica INTEGER NOT NULL DEFAULT 0 CHECK (max_batch_per_replica >= 0),
    fp16_accumulate INTEGER NOT NULL DEFAULT 0 CHECK (fp16_accumulate IN (0, 1)),
    continuous_batching INTEGER NOT NULL DEFAULT 1 CHECK (continuous_batching IN (0, 1)),
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE serving_stack_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    stack_id TEXT NOT NULL REFERENCES serving_stacks(id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE electricity_prices (
    id TEXT PRIMARY KEY NOT NULL,
    region TEXT NOT NULL,
    customer_class TEXT NOT NULL DEFAULT '',
    price_per_kwh REAL CHECK (price_per_kwh IS NULL OR price_per_kwh >= 0),
    currency TEXT NOT NULL,
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pue_defaults (
    id TEXT PRIMARY KEY NOT NULL,
    facility TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    pue REAL NOT NULL CHECK (pue >= 1),
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exchange_rates (
    base TEXT NOT NULL,
    quote TEXT NOT NULL,
    rate REAL NOT NULL CHECK (rate > 0),
    as_of TEXT NOT NULL,
    source TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (base, quote, as_of)
);

CREATE TABLE cost_defaults (
    key TEXT PRIMARY KEY NOT NULL,
    value REAL,
    unit TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE catalog_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
