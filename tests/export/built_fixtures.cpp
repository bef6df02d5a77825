#include "built_fixtures.hpp"

#include <chronik/build.hpp>

namespace chronik::fixtures {

std::string adversarial_article() {
    const std::string word(500, 'x');
    return "Titel mit <script>alert(1)</script> & \xE2\x80\x9E" "Zitat\xE2\x80\x9C\r\n"
           "Epoch Times13. Juli 2025\r\n"
           "\r\n"
           "Am 12. Juli 2025 sagte er: \"<script>alert(1)</script>\" & 'so'; das sei alles, sagte sie.\r\n"
           "Im August 2024 kam es zu <b>Protesten</b> & Streit; die Polizei griff ein, sagte ein Sprecher.\r\n"
           "Danach forderte die Stadt Ruhe, Ordnung; und \\Gerechtigkeit\\.\r\n"
           "Im April verlangte er " + word + " sofort.\r\n";
}

std::string timed_article() {
    return "Brixen. Am Samstag um 20.30 Uhr begann im Forum das Konzert des Chors. Gegen 8 Uhr hatten am Samstag "
           "die Helfer mit dem Aufbau der Bühne begonnen. Am 30. März 2025 um 2.30 Uhr wurden die Uhren umgestellt. "
           "Am Sonntag um 10 Uhr folgte eine Messe im Dom.";
}

std::vector<Built> built(const std::string& source_dir) {
    std::vector<Built> out;
    const SourceDocument seed = read_document(source_dir + "/examples/000_2bb625ef10a0835c.txt");
    out.push_back({"built-seed", build_timeline(seed)});

    const SourceDocument adversarial = parse_document("adversarial.txt", adversarial_article());
    out.push_back({"built-adversarial", build_timeline(adversarial)});

    const SourceDocument a = parse_document(
        "bozen.txt",
        "Bozen. Am 3. Oktober 2023 beschloss der Gemeinderat den Neubau der Brücke. Im Januar 2024 begannen die "
        "Arbeiten. Am 9. Mai 2024 wurde die Brücke eröffnet.");
    const SourceDocument b = parse_document(
        "meran.txt",
        "Meran. Am 9. Mai 2024 wurde die Brücke eröffnet. Zuvor hatte es Streit um die Kosten gegeben. "
        "Im Sommer 2025 soll die zweite Brücke folgen.");
    out.push_back({"built-merged", build_timeline({ArticleInput{&a, date::year{2024} / 5 / 10},
                                                   ArticleInput{&b, date::year{2024} / 5 / 11}})});

    Timeline linked = build_timeline({ArticleInput{&a, date::year{2024} / 5 / 10, "Bozner Blatt", "https://example.org/bozen?id=1&s=2"},
                                      ArticleInput{&b, date::year{2024} / 5 / 11, "Meraner Blatt", "http://example.org/meran"}});
    linked.events.front().hidden = true;
    out.push_back({"built-linked", std::move(linked), ExportOptions{{true, true}, false, ""}});

    const SourceDocument timed = parse_document("timed.txt", timed_article());
    out.push_back({"built-timed", build_timeline(timed, date::year{2025} / 3 / 31)});
    return out;
}

}  // namespace chronik::fixtures
