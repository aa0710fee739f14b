// SPDX-License-Identifier: MIT
// Free-text framework descriptions -> serving-stack profile ids, and the seed aliases.
#include "perfmodel.h"
#include "seedcatalog.h"

#include <QTest>

using namespace tco::engine;

class TstStackMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void seedAliases_data();
    void seedAliases();
};

void TstStackMatch::keywords_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("stack");
    // the framework strings of tests/data/measured_calibration.csv
    QTest::newRow("llama-bench") << "llama.cpp llama-bench (CUDA, all layers offloaded, ngl 99)" << "llama.cpp";
    QTest::newRow("trt 0.6.1") << "TensorRT-LLM 0.6.1 (gptSessionBenchmark; static batching)" << "trt-llm";
    QTest::newRow("trt 0.5") << "TensorRT-LLM 0.5 (gptSessionBenchmark; static batching)" << "trt-llm";
    QTest::newRow("trt triton") << "TensorRT-LLM 0.14 + Triton tensorrtllm_backend" << "trt-llm";
    QTest::newRow("trt 0.17") << "TensorRT-LLM 0.17 (trtllm-bench throughput; C++ engine; in-flight batching)" << "trt-llm";
    QTest::newRow("mlperf nvidia") << "TensorRT-LLM (NVIDIA closed submission)" << "trt-llm";
    QTest::newRow("sglang blog") << "SGLang (PD disaggregation, DeepEP, DeepGEMM, two-batch overlap, EPLB)" << "sglang";
    QTest::newRow("vllm rocm") << "vLLM 0.4.3+rocm614 (ROCm 6.1.2)" << "vllm";
    // other spellings
    QTest::newRow("trtllm") << "trtllm-serve 1.0" << "trt-llm";
    QTest::newRow("FasterTransformer") << "FasterTransformer 5.3" << "trt-llm";
    QTest::newRow("NIM") << "NVIDIA NIM 1.8 (TensorRT-LLM backend)" << "trt-llm";
    QTest::newRow("TGI") << "HF TGI 2.0.4" << "hf-tgi";
    QTest::newRow("text-generation-inference") << "text-generation-inference:latest" << "hf-tgi";
    QTest::newRow("transformers") << "Hugging Face transformers 4.40 generate()" << "hf-transformers";
    QTest::newRow("pytorch") << "plain PyTorch eager" << "hf-transformers";
    QTest::newRow("HF") << "HF accelerate" << "hf-transformers";
    QTest::newRow("ollama") << "Ollama 0.3.12" << "llama.cpp";
    QTest::newRow("llama-server") << "llama-server b4000 -np 4" << "llama.cpp";
    QTest::newRow("sglang lower") << "sglang v0.4.1" << "sglang";
    QTest::newRow("vllm V1") << "vllm serve (V1 engine)" << "vllm";
    QTest::newRow("lmdeploy") << "LMDeploy TurboMind" << "generic";
    QTest::newRow("empty") << "" << "generic";
    // "tgi" only as a word
    QTest::newRow("settgings") << "custom settgings" << "generic";
}

void TstStackMatch::keywords()
{
    QFETCH(QString, framework);
    QFETCH(QString, stack);
    QCOMPARE(QString::fromStdString(std::string(stackIdForFramework(framework.toStdString()))), stack);
}

void TstStackMatch::seedAliases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stack");
    QTest::newRow("exact framework string") << "TensorRT-LLM 0.14 + Triton tensorrtllm_backend" << "trt-llm";
    QTest::newRow("vLLM") << "vLLM" << "vllm";
    QTest::newRow("TRT-LLM") << "TRT-LLM" << "trt-llm";
    QTest::newRow("TGI") << "TGI" << "hf-tgi";
    QTest::newRow("llama-cpp") << "llama-cpp" << "llama.cpp";
    QTest::newRow("id") << "sglang" << "sglang";
}

void TstStackMatch::seedAliases()
{
    QFETCH(QString, name);
    QFETCH(QString, stack);
    CatalogSnapshot cat;
    std::string err;
    QVERIFY2(testsupport::loadSeedCatalog(TCO_SEED_DIR, cat, err), err.c_str());
    const ServingStackSpec *s = cat.findStack(name.toStdString());
    QVERIFY(s);
    QCOMPARE(QString::fromStdString(s->id), stack);
    // every profile id the keyword matcher can return exists in the seed
    for (const char *id : {"llama.cpp", "hf-transformers", "hf-tgi", "vllm", "sglang", "trt-llm", "generic"})
        QVERIFY(cat.findStack(id));
}

QTEST_GUILESS_MAIN(TstStackMatch)
#include "tst_stackmatch.moc"
