// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file libyamldocs.h
 * Test support: YAML text read by a real parser, libyaml (the C library behind PyYAML's and
 * Ruby's loaders, a YAML 1.1 parser: NEL, U+2028 and U+2029 are line breaks to it), into plain
 * trees. Shared by tst_deployyaml and the fuzz_deployyaml target. Stricter than a loader: an
 * anchor, an alias, an explicit tag or a duplicate key is an error, since the deployment writer
 * never writes one and any of them in its output means that input text became YAML syntax.
 */

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>
#include <yaml.h>

namespace tco::test {

struct YamlNode
{
    enum class Kind { Scalar, Mapping, Sequence };
    Kind kind = Kind::Scalar;
    std::string scalar; ///< Scalar: the value, exactly as the parser decoded it (escapes resolved)
    bool quoted = false; ///< Scalar: single- or double-quoted (a string, not a number or a bool)
    std::vector<std::string> keys; ///< Mapping: the keys in document order (scalars)
    std::vector<YamlNode> values; ///< Mapping: the value of each key
    std::vector<YamlNode> sequence;

    /** The value of @p key in a mapping; nullptr when absent or not a mapping. */
    const YamlNode *get(const std::string &key) const
    {
        if (kind != Kind::Mapping)
            return nullptr;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key)
                return &values[i];
        return nullptr;
    }
    /** The scalar at a path of keys; nullptr when any step is missing or the end is no scalar. */
    const YamlNode *at(std::initializer_list<const char *> path) const
    {
        const YamlNode *n = this;
        for (const char *key : path)
            if (!(n = n->get(key)))
                return nullptr;
        return n;
    }
};

struct YamlStream
{
    std::vector<YamlNode> documents;
    std::string error; ///< empty when the text parsed
};

namespace detail {

inline std::string yamlParserError(const yaml_parser_t &p)
{
    std::string e = p.problem ? p.problem : "parse error";
    e += " at line " + std::to_string(p.problem_mark.line + 1) + ", column "
        + std::to_string(p.problem_mark.column + 1);
    if (p.context)
        e += std::string(" (") + p.context + ")";
    return e;
}

/** Builds trees from the event stream; false with @p error on anything unexpected. */
class YamlTreeBuilder
{
public:
    explicit YamlTreeBuilder(YamlStream &out)
        : m_out(out)
    { }

    bool event(const yaml_event_t &e, std::string &error)
    {
        switch (e.type) {
        case YAML_STREAM_START_EVENT:
        case YAML_STREAM_END_EVENT:
        case YAML_NO_EVENT:
            return true;
        case YAML_DOCUMENT_START_EVENT:
            if (e.data.document_start.version_directive
                || e.data.document_start.tag_directives.start != e.data.document_start.tag_directives.end) {
                error = "a %YAML or %TAG directive";
                return false;
            }
            return true;
        case YAML_DOCUMENT_END_EVENT:
            if (m_stack.size() != 1 || m_stack.front().haveKey) {
                error = "an unfinished document";
                return false;
            }
            m_out.documents.push_back(std::move(m_stack.front().node));
            m_stack.clear();
            return true;
        case YAML_ALIAS_EVENT:
            error = "an alias (*name)";
            return false;
        case YAML_SCALAR_EVENT: {
            if (e.data.scalar.anchor || e.data.scalar.tag) {
                error = "an anchor or a tag on a scalar";
                return false;
            }
            YamlNode n;
            n.scalar.assign(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length);
            n.quoted = e.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
                || e.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
            return add(std::move(n), error);
        }
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            const bool mapping = e.type == YAML_MAPPING_START_EVENT;
            const yaml_char_t *anchor = mapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
            const yaml_char_t *tag = mapping ? e.data.mapping_start.tag : e.data.sequence_start.tag;
            if (anchor || tag) {
                error = "an anchor or a tag on a collection";
                return false;
            }
            YamlNode n;
            n.kind = mapping ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence;
            m_stack.push_back({ std::move(n), {}, false });
            return true;
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            if (m_stack.size() < 2)
                return true; // the document's root: taken at the document end
            YamlNode n = std::move(m_stack.back().node);
            m_stack.pop_back();
            return add(std::move(n), error);
        }
        }
        return true;
    }

private:
    bool add(YamlNode n, std::string &error)
    {
        if (m_stack.empty()) {
            m_stack.push_back({ std::move(n), {}, false }); // a scalar document
            return true;
        }
        Frame &parent = m_stack.back();
        if (parent.node.kind == YamlNode::Kind::Sequence) {
            parent.node.sequence.push_back(std::move(n));
            return true;
        }
        if (!parent.haveKey) {
            if (n.kind != YamlNode::Kind::Scalar) {
                error = "a mapping key that is not a scalar";
                return false;
            }
            if (parent.node.get(n.scalar)) {
                error = "a duplicate key \"" + n.scalar + "\"";
                return false;
            }
            parent.key = std::move(n.scalar);
            parent.haveKey = true;
            return true;
        }
        parent.node.keys.push_back(std::move(parent.key));
        parent.node.values.push_back(std::move(n));
        parent.key.clear();
        parent.haveKey = false;
        return true;
    }

    /** An open collection; a mapping that has read a key and waits for its value holds it. */
    struct Frame
    {
        YamlNode node;
        std::string key;
        bool haveKey = false;
    };
    YamlStream &m_out;
    std::vector<Frame> m_stack;
};

} // namespace detail

/** Parses @p text (all documents) with libyaml. */
inline YamlStream parseYaml(const std::string &text)
{
    YamlStream out;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        out.error = "cannot initialise libyaml";
        return out;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    detail::YamlTreeBuilder builder(out);
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            out.error = detail::yamlParserError(parser);
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        std::string error;
        const bool ok = builder.event(event, error);
        yaml_event_delete(&event);
        if (!ok) {
            out.error = error;
            break;
        }
    }
    yaml_parser_delete(&parser);
    return out;
}

} // namespace tco::test
