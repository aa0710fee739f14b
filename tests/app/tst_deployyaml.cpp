// SPDX-License-Identifier: MIT
// The deployment files under hostile tier names, read back by a real YAML parser (libyaml):
// exactly the expected objects, valid and distinct Kubernetes names, the exact tier name, no
// line break of any kind smuggled in (U+2028 once turned a manifest into a ClusterRoleBinding
// to cluster-admin); `tco-cli deploy` never replaces a file without --force.
#include "catalog.h"
#include "commands.h"
#include "core/defaultscenario.h"
#include "core/scenariofile.h"
#include "costmodel.h"
#include "deploycheck.h"
#include "report/deployyaml.h"
#include "repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <climits>

using namespace Qt::StringLiterals;
using namespace tco;

namespace {

/** A scenario text that, split at @p br, is four YAML documents, the first a cluster-admin grant. */
std::string clusterAdminPayload(const std::string &br)
{
    return "x" + br + "---" + br + "apiVersion: rbac.authorization.k8s.io/v1" + br + "kind: ClusterRoleBinding" + br
        + "metadata:" + br + "  name: pwned" + br + "roleRef:" + br + "  apiGroup: rbac.authorization.k8s.io" + br
        + "  kind: ClusterRole" + br + "  name: cluster-admin" + br + "subjects:" + br + "- kind: Group" + br
        + "  name: system:authenticated" + br + "  apiGroup: rbac.authorization.k8s.io" + br + "---" + br + "#";
}

std::string repeated(const std::string &s, int n)
{
    std::string out;
    out.reserve(s.size() * std::size_t(n));
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

const std::string kLineSeparator = "\xe2\x80\xa8"; // U+2028
const std::string kParagraphSeparator = "\xe2\x80\xa9"; // U+2029
const std::string kNextLine = "\xc2\x85"; // U+0085 NEL

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCli(QStringList { u"tco-cli"_s } + args, o, e);
    o.flush();
    e.flush();
    return { code, out, err };
}

} // namespace

class TestDeployYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hostileNamesGiveExactlyTheExpectedObjects_data();
    void hostileNamesGiveExactlyTheExpectedObjects();
    void hostileCatalogTextStaysInItsString();
    void commentsQuoteLongNamesShortened();
    void namesAreDnsLabelsAndDistinct_data();
    void namesAreDnsLabelsAndDistinct();
    void validNamesAreKept();
    void contextBeyond32BitsIsRefused();
    void launchShellLineRunsExactlyTheCommand_data();
    void launchShellLineRunsExactlyTheCommand();
    void deployNeverReplacesWithoutForce();

private:
    /** The default scenario with tier @p tier and the title renamed to @p name, evaluated. */
    report::DeployOutput deployRenamed(int tier, const std::string &name, test::ExpectedDeployment &expected) const;

    QTemporaryDir m_dir;
    engine::CatalogSnapshot m_catalog;
    engine::Scenario m_scenario;
};

void TestDeployYaml::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const db::Catalog catalog(m_dir.filePath(u"catalog.sqlite"_s));
    m_catalog = db::loadSnapshot(catalog.database());
    m_scenario = app::defaultScenario(m_catalog);
    // Every tier kind the default scenario has: on-premises (workstation, cluster) and cloud.
    QCOMPARE(m_scenario.tiers.size(), std::size_t(3));
    QCOMPARE(m_scenario.tiers[0].kind, engine::TierKind::OnPremises);
    QCOMPARE(m_scenario.tiers[1].kind, engine::TierKind::Cloud);
    QCOMPARE(m_scenario.tiers[2].kind, engine::TierKind::OnPremises);
}

report::DeployOutput TestDeployYaml::deployRenamed(int tier, const std::string &name,
                                                   test::ExpectedDeployment &expected) const
{
    engine::Scenario s = m_scenario;
    s.tiers[std::size_t(tier)].name = name;
    s.title = name; // the title reaches the comments
    const engine::Result result = engine::evaluate(s, m_catalog);
    const engine::Tier &t = s.tiers[std::size_t(tier)];
    expected.cloud = t.kind == engine::TierKind::Cloud;
    expected.cold = expected.cloud && !t.cloud.cold_instance.empty() && s.workload.low_priority_share > 0.0;
    expected.tierName = name;
    expected.tierIndex = tier;
    return report::deploymentFiles(s, result, m_catalog, tier);
}

void TestDeployYaml::hostileNamesGiveExactlyTheExpectedObjects_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<QByteArray>("name");
    const std::pair<const char *, std::string> names[] = {
        { "U+2028 cluster-admin payload", clusterAdminPayload(kLineSeparator) },
        { "U+2029 cluster-admin payload", clusterAdminPayload(kParagraphSeparator) },
        { "NEL cluster-admin payload", clusterAdminPayload(kNextLine) },
        { "LF cluster-admin payload", clusterAdminPayload("\n") },
        { "CR cluster-admin payload", clusterAdminPayload("\r") },
        { "CRLF cluster-admin payload", clusterAdminPayload("\r\n") },
        { "document start", "---" },
        { "document end", "..." },
        { "markers inside", "a\n...\n---\nb" },
        { "double quotes", "\"quoted\" \"" },
        { "single quotes", "'single' ''" },
        { "backslashes", "back\\slash\\\\ \\u2028 \\n \\" },
        { "mapping indicators", "key: value # comment" },
        { "flow collections", "{a: b, c: [d, e]}" },
        { "anchor", "&anchor name" },
        { "alias", "*alias" },
        { "tag", "!!binary AAAA" },
        { "local tag", "!local x" },
        { "block scalar", "|\n  text" },
        { "folded scalar", ">-" },
        { "directive", "%YAML 1.1" },
        { "reserved indicators", "@`" },
        { "tab and controls", std::string("\t\x1b[31m\x07\x7f\0end", 13) },
        { "C1 controls", "\xc2\x80\xc2\x9f" },
        { "byte-order mark", "\xef\xbb\xbfname" },
        { "bidi override",
          "\xe2\x80\xae"
          "evil\xe2\x80\xac\xe2\x81\xa6x\xe2\x81\xa9" },
        { "zero width",
          "a\xe2\x80\x8b\xe2\x80\x8d"
          "b" },
        { "emoji", "GPU \xf0\x9f\x9a\x80 tier \xf0\x9f\x94\xa5" },
        { "invalid UTF-8", "bad \xc3\x28 \xff\xfe end" },
        { "100k characters", repeated("a", 100000) },
        { "100k CJK characters", repeated("\xe5\xb7\xa5", 100000) },
        { "100k line separators", repeated(kLineSeparator, 100000) },
        { "empty after sanitising !!!", "!!!" },
        { "empty after sanitising 中文名", "\xe4\xb8\xad\xe6\x96\x87\xe5\x90\x8d" },
        { "empty", "" },
        { "only dashes", "---- --" },
    };
    for (int tier = 0; tier < 3; ++tier)
        for (const auto &[label, name] : names)
            QTest::addRow("tier %d, %s", tier + 1, label) << tier << QByteArray::fromStdString(name);
}

void TestDeployYaml::hostileNamesGiveExactlyTheExpectedObjects()
{
    QFETCH(int, tier);
    QFETCH(QByteArray, name);
    test::ExpectedDeployment expected;
    const report::DeployOutput out = deployRenamed(tier, name.toStdString(), expected);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const std::string problem = test::deploymentProblem(out, expected);
    QVERIFY2(problem.empty(), problem.c_str());
}

void TestDeployYaml::hostileCatalogTextStaysInItsString()
{
    // Text from the catalog (an imported CSV) goes into the manifests too: the instance type.
    engine::CatalogSnapshot catalog = m_catalog;
    const std::string &hotId = m_scenario.tiers[1].cloud.hot_instance;
    bool found = false;
    for (engine::CloudInstance &i : catalog.instances) {
        if (i.id == hotId) {
            i.instance_type = clusterAdminPayload(kLineSeparator);
            found = true;
        }
    }
    QVERIFY(found);
    catalog.reindex();
    const engine::Result result = engine::evaluate(m_scenario, catalog);
    const report::DeployOutput out = report::deploymentFiles(m_scenario, result, catalog, 1);
    const std::string problem = test::deploymentProblem(out, { true, true, m_scenario.tiers[1].name, 1 });
    QVERIFY2(problem.empty(), problem.c_str());
    const test::YamlStream yaml = test::parseYaml(out.files.front().content.toStdString());
    const test::YamlNode *type
        = yaml.documents.front().at({ "spec", "template", "spec", "nodeSelector", "node.kubernetes.io/instance-type" });
    QVERIFY(type);
    QCOMPARE(type->scalar, clusterAdminPayload(kLineSeparator));
}

void TestDeployYaml::commentsQuoteLongNamesShortened()
{
    // A 100,000-character name is in the values, whole; the header comment quotes its start and
    // still names the scenario.
    engine::Scenario s = m_scenario;
    s.tiers[1].name = repeated("\xe5\xb7\xa5", 100000);
    const engine::Result result = engine::evaluate(s, m_catalog);
    const report::DeployOutput out = report::deploymentFiles(s, result, m_catalog, 1);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const QList<QByteArray> lines = out.files.front().content.split('\n');
    QVERIFY(lines.front().startsWith("# Kubernetes manifests for tier \""));
    QVERIFY2(lines.front().endsWith(QByteArray("\" of scenario \"" + QByteArray::fromStdString(s.title) + "\".")),
             lines.front().constData());
    for (const QByteArray &line : lines)
        if (line.startsWith('#') || line.trimmed().startsWith('#'))
            QVERIFY2(QString::fromUtf8(line).size() < 300, line.left(80).constData());
}

void TestDeployYaml::namesAreDnsLabelsAndDistinct_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    const std::string prefix(50, 'A');
    QTest::newRow("same first 50 characters")
        << QByteArray::fromStdString(prefix + " one") << QByteArray::fromStdString(prefix + " two");
    QTest::newRow("same first 70 characters") << QByteArray::fromStdString(std::string(70, 'b') + "1")
                                              << QByteArray::fromStdString(std::string(70, 'b') + "2");
    QTest::newRow("case") << QByteArray("GPU A") << QByteArray("gpu a");
    QTest::newRow("punctuation") << QByteArray("GPU (A)") << QByteArray("GPU [A]");
    QTest::newRow("already a name") << QByteArray("gpu-a") << QByteArray("GPU A");
    QTest::newRow("Chinese names") << QByteArray("中文名") << QByteArray("日本語");
    QTest::newRow("nothing left") << QByteArray("!!!") << QByteArray("???");
    QTest::newRow("line separator") << QByteArray::fromStdString("a" + kLineSeparator + "b") << QByteArray("a b");
}

void TestDeployYaml::namesAreDnsLabelsAndDistinct()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const std::string ka = report::kubernetesName(a.toStdString(), 0);
    const std::string kb = report::kubernetesName(b.toStdString(), 0);
    QVERIFY2(test::isDnsLabel(ka) && ka.size() <= 58, ka.c_str());
    QVERIFY2(test::isDnsLabel(kb) && kb.size() <= 58, kb.c_str());
    QVERIFY2(ka != kb, ka.c_str());
    // stable: the same name gives the same objects in every run
    QCOMPARE(report::kubernetesName(a.toStdString(), 0), ka);

    // Two tiers of one scenario, deployed into one folder: two files, neither replaced.
    engine::Scenario s = m_scenario;
    s.tiers[0].name = a.toStdString();
    s.tiers[2].name = b.toStdString();
    const engine::Result result = engine::evaluate(s, m_catalog);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList written;
    QString error;
    for (const int tier : { 0, 2 }) {
        const report::DeployOutput out = report::deploymentFiles(s, result, m_catalog, tier);
        QVERIFY2(report::writeDeploymentFiles(out, dir.path(), &written, &error, report::ExistingFiles::Keep),
                 qPrintable(error));
    }
    QCOMPARE(written.size(), 2);
    QVERIFY(written[0] != written[1]);
}

void TestDeployYaml::validNamesAreKept()
{
    QCOMPARE(report::kubernetesName("gpu-a", 0), std::string("gpu-a"));
    QCOMPARE(report::kubernetesName(std::string(58, 'a'), 0), std::string(58, 'a'));
    // Changed names carry the first 8 hex digits of the SHA-256 of the full name.
    const std::string name = "Hybrid cloud (A10G + T4 spot)";
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromStdString(name), QCryptographicHash::Sha256);
    QCOMPARE(report::kubernetesName(name, 1), "hybrid-cloud-a10g-t4-spot-" + hash.toHex().left(8).toStdString());
    const std::string tooLong(59, 'a');
    const std::string shortened = report::kubernetesName(tooLong, 0);
    QCOMPARE(shortened.size(), std::size_t(58));
    QVERIFY(test::isDnsLabel(shortened));
    QCOMPARE(report::kubernetesName("!!!", 4).substr(0, 7), std::string("tier-5-"));
}

void TestDeployYaml::contextBeyond32BitsIsRefused()
{
    // input_len + output_len overflowed an int and became "--max-model-len -2".
    engine::Scenario s = m_scenario;
    s.workload.input_len = INT_MAX;
    s.workload.output_len = INT_MAX;
    const engine::Result result = engine::evaluate(s, m_catalog);
    for (const int tier : { 0, 1, 2 }) {
        const report::DeployOutput out = report::deploymentFiles(s, result, m_catalog, tier);
        QVERIFY2(!out.ok(), out.files.isEmpty() ? "" : out.files.front().content.constData());
        QVERIFY2(out.error.contains(u"input_len"_s) || out.error.contains(u"could not be evaluated"_s),
                 qPrintable(out.error));
    }
}

void TestDeployYaml::launchShellLineRunsExactlyTheCommand_data()
{
    QTest::addColumn<QByteArray>("repo");
    QTest::newRow("plain") << QByteArray("deepseek-ai/deepseek-llm-7b-chat");
    QTest::newRow("quote breaking out") << QByteArray("x'; touch pwned; echo '");
    QTest::newRow("command substitution") << QByteArray("$(touch pwned)");
    QTest::newRow("backquotes") << QByteArray("`touch pwned`");
    QTest::newRow("separators") << QByteArray("a; touch pwned && touch pwned | touch pwned");
    QTest::newRow("newline") << QByteArray("a\ntouch pwned");
    QTest::newRow("U+2028") << QByteArray::fromStdString("a" + kLineSeparator + "touch pwned");
    QTest::newRow("spaces and globs") << QByteArray("a b * ? [x] ~ {a,b}");
    QTest::newRow("variables and comment") << QByteArray("$HOME ${PATH} #comment");
    QTest::newRow("backslashes and double quotes") << QByteArray("\\\" \\");
    QTest::newRow("single quotes only") << QByteArray("''''");
}

void TestDeployYaml::launchShellLineRunsExactlyTheCommand()
{
    // The launch file's shell line, run by a POSIX shell, is exactly its command list, whatever a
    // catalog's Hugging Face repository holds.
    QFETCH(QByteArray, repo);
    engine::CatalogSnapshot catalog = m_catalog;
    for (engine::ModelSpec &m : catalog.models)
        m.hf_repo = repo.toStdString();
    catalog.reindex();
    const engine::Result result = engine::evaluate(m_scenario, catalog);
    const report::DeployOutput out = report::deploymentFiles(m_scenario, result, catalog, 2);
    const std::string problem = test::deploymentProblem(out, { false, false, m_scenario.tiers[2].name, 2 });
    QVERIFY2(problem.empty(), problem.c_str());
    const test::YamlStream yaml = test::parseYaml(out.files.front().content.toStdString());
    const test::YamlNode *command = yaml.documents.front().at({ "launch", "command" });
    const test::YamlNode *shell = yaml.documents.front().at({ "launch", "shell" });
    QVERIFY(command && shell && shell->quoted);
    QByteArray expected;
    for (const test::YamlNode &arg : command->sequence)
        expected += QByteArray::fromStdString(arg.scalar) + '\0';

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess sh;
    sh.setWorkingDirectory(dir.path());
    sh.start(
        u"/bin/sh"_s,
        { u"-c"_s, u"eval \"set -- $1\"; printf '%s\\0' \"$@\""_s, u"sh"_s, QString::fromStdString(shell->scalar) });
    QVERIFY(sh.waitForFinished(30000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(sh.readAllStandardOutput(), expected);
    QVERIFY2(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
             "the shell line ran a command");
}

void TestDeployYaml::deployNeverReplacesWithoutForce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scenario = dir.filePath(u"s.tcoplan"_s);
    QString error;
    QVERIFY2(app::saveScenarioFile(m_scenario, scenario, &error), qPrintable(error));
    const QString db = dir.filePath(u"catalog.sqlite"_s);
    const QString out = dir.filePath(u"deploy"_s);
    const QStringList args {
        u"--db"_s, db, u"deploy"_s, u"--scenario"_s, scenario, u"--tier"_s, u"2"_s, u"--out"_s, out
    };

    const CliRun first = runCli(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString path = QDir(out).filePath(files.front());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.write("edited by hand\n") > 0);
    f.close();

    const CliRun second = runCli(args);
    QVERIFY(second.code != 0);
    QVERIFY2(second.err.contains(path) && second.err.contains(u"--force"_s), qPrintable(second.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("edited by hand\n"));
    f.close();

    const CliRun forced = runCli(args + QStringList { u"--force"_s });
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("# Kubernetes manifests"));
}

QTEST_GUILESS_MAIN(TestDeployYaml)
#include "tst_deployyaml.moc"
