// SPDX-License-Identifier: MIT
// Maps free-text framework descriptions to serving-stack profile ids.
#include "perfmodel.h"

#include <array>
#include <string>

namespace tco::engine {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/** @p word occurs in @p text (both lowercase) and is not part of a longer alphanumeric word. */
bool hasWord(const std::string &text, std::string_view word)
{
    for (std::size_t pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
        const bool left = pos == 0 || !isWordChar(text[pos - 1]);
        const std::size_t end = pos + word.size();
        const bool right = end >= text.size() || !isWordChar(text[end]);
        if (left && right)
            return true;
    }
    return false;
}

bool hasAny(const std::string &text, std::initializer_list<std::string_view> needles)
{
    for (std::string_view n : needles)
        if (text.find(n) != std::string::npos)
            return true;
    return false;
}

} // namespace

std::string_view stackIdForFramework(std::string_view framework)
{
    const std::string t = lower(framework);
    // Order matters: "FasterTransformer" contains "transformer", "TensorRT-LLM + Triton" is TRT.
    if (hasAny(t, {"tensorrt", "trt-llm", "trtllm", "trt llm", "fastertransformer", "nvidia nim",
                   "tensorrt_llm"}))
        return "trt-llm";
    if (hasAny(t, {"sglang"}))
        return "sglang";
    if (hasAny(t, {"vllm"}))
        return "vllm";
    if (hasAny(t, {"text-generation-inference", "text generation inference"}) || hasWord(t, "tgi"))
        return "hf-tgi";
    if (hasAny(t, {"llama.cpp", "llamacpp", "llama-cpp", "llama-bench", "llama-server", "ggml", "gguf",
                   "ollama", "lm studio", "lmstudio"}))
        return "llama.cpp";
    if (hasAny(t, {"transformers", "huggingface", "hugging face", "pytorch", "accelerate"})
        || hasWord(t, "hf"))
        return "hf-transformers";
    return "generic";
}

} // namespace tco::engine
