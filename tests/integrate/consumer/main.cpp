// Tags the sentence given as argv[1], published on argv[2]; prints
// "VALUE EARLIEST LATEST" for each expression.
#include <chronik/tagger.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    chronik::TagOptions options;
    options.published = chronik::parse_iso_date(argv[2]);
    const chronik::TaggedText tagged = chronik::tag_text(argv[1], options);
    for (const chronik::Expression& x : tagged.expressions)
        std::cout << chronik::timex3(x.value) << " " << (x.earliest ? chronik::iso_date(*x.earliest) : "-") << " "
                  << (x.latest ? chronik::iso_date(*x.latest) : "-") << "\n";
    return 0;
}
