// Cross-check helper: asks the real libphonenumber C++ library (as packaged by
// the distribution, e.g. Debian's libphonenumber-dev) for the region of each
// number.
//
// Input (stdin): one number per line, digits only: calling code followed by
// the national significant number, without '+'.  Blank lines are ignored.
// Output (stdout): number<TAB>valid<TAB>region
//   valid  = 1 if PhoneNumberUtil::IsValidNumber, else 0 (also 0 when the
//            number does not parse)
//   region = PhoneNumberUtil::GetRegionCodeForNumber ("001" for
//            non-geographic entities), empty when unknown ("ZZ") or when
//            Parse("+" + digits, "ZZ") fails.
//
// With "--dump-metadata-xml" (only when built with -DWITH_METADATA_DUMP) it
// instead writes the metadata compiled into the library as a minimal
// PhoneNumberMetadata.xml (territory attributes, descs with possibleLengths and
// nationalNumberPattern) that libphonenumber_region.py can read; crosscheck.sh
// uses it to check the Python port against the C++ library with the SAME
// metadata.  This uses i18n::phonenumbers::metadata_get()/metadata_size(),
// which the library exports but does not declare in its public headers.
//
// Build: g++ -O2 -o crosscheck crosscheck.cc -lphonenumber
//        (add -DWITH_METADATA_DUMP -lprotobuf for the dump mode)

#include <cstring>
#include <iostream>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

#ifdef WITH_METADATA_DUMP
#include <phonenumbers/phonemetadata.pb.h>

namespace i18n {
namespace phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace phonenumbers
}  // namespace i18n

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Lengths(const google::protobuf::RepeatedField<int>& l) {
  std::string out;
  for (int i = 0; i < l.size(); ++i) {
    if (i) out += ",";
    out += std::to_string(l.Get(i));
  }
  return out;
}

void DumpDesc(const char* tag, const PhoneNumberDesc& d,
              const PhoneNumberDesc& general) {
  // A type with no numbers has the single possible length -1.
  if (d.possible_length_size() == 1 && d.possible_length(0) == -1) return;
  if (!d.has_national_number_pattern() && !d.has_example_number()) return;
  // An empty list means "same as the general desc".
  const auto& lengths =
      d.possible_length_size() ? d.possible_length() : general.possible_length();
  std::cout << "      <" << tag << ">\n        <possibleLengths national=\""
            << Lengths(lengths) << "\"";
  if (d.possible_length_local_only_size()) {
    std::cout << " localOnly=\"" << Lengths(d.possible_length_local_only())
              << "\"";
  }
  std::cout << "/>\n";
  if (d.has_example_number()) {
    std::cout << "        <exampleNumber>" << Escape(d.example_number())
              << "</exampleNumber>\n";
  }
  std::cout << "        <nationalNumberPattern>"
            << Escape(d.national_number_pattern())
            << "</nationalNumberPattern>\n      </" << tag << ">\n";
}

int DumpMetadataXml() {
  PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                 i18n::phonenumbers::metadata_size())) {
    std::cerr << "cannot parse the compiled-in metadata\n";
    return 1;
  }
  std::cout << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            << "<phoneNumberMetadata>\n  <territories>\n";
  for (const PhoneMetadata& m : collection.metadata()) {
    std::cout << "    <territory id=\"" << Escape(m.id()) << "\" countryCode=\""
              << m.country_code() << "\"";
    if (m.main_country_for_code()) std::cout << " mainCountryForCode=\"true\"";
    if (m.has_leading_digits())
      std::cout << " leadingDigits=\"" << Escape(m.leading_digits()) << "\"";
    if (m.has_national_prefix())
      std::cout << " nationalPrefix=\"" << Escape(m.national_prefix()) << "\"";
    if (m.has_national_prefix_for_parsing())
      std::cout << " nationalPrefixForParsing=\""
                << Escape(m.national_prefix_for_parsing()) << "\"";
    if (m.has_national_prefix_transform_rule())
      std::cout << " nationalPrefixTransformRule=\""
                << Escape(m.national_prefix_transform_rule()) << "\"";
    std::cout << ">\n      <generalDesc>\n        <nationalNumberPattern>"
              << Escape(m.general_desc().national_number_pattern())
              << "</nationalNumberPattern>\n      </generalDesc>\n";
    const PhoneNumberDesc& g = m.general_desc();
    DumpDesc("noInternationalDialling", m.no_international_dialling(), g);
    DumpDesc("fixedLine", m.fixed_line(), g);
    DumpDesc("mobile", m.mobile(), g);
    DumpDesc("pager", m.pager(), g);
    DumpDesc("tollFree", m.toll_free(), g);
    DumpDesc("premiumRate", m.premium_rate(), g);
    DumpDesc("sharedCost", m.shared_cost(), g);
    DumpDesc("personalNumber", m.personal_number(), g);
    DumpDesc("voip", m.voip(), g);
    DumpDesc("uan", m.uan(), g);
    DumpDesc("voicemail", m.voicemail(), g);
    std::cout << "    </territory>\n";
  }
  std::cout << "  </territories>\n</phoneNumberMetadata>\n";
  return 0;
}

}  // namespace
#endif  // WITH_METADATA_DUMP

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--dump-metadata-xml") == 0) {
#ifdef WITH_METADATA_DUMP
    return DumpMetadataXml();
#else
    std::cerr << "built without WITH_METADATA_DUMP\n";
    return 2;
#endif
  }
  std::ios::sync_with_stdio(false);
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  std::string line;
  while (std::getline(std::cin, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' ||
                             line.back() == '\t')) {
      line.pop_back();
    }
    if (line.empty()) continue;
    PhoneNumber number;
    std::string region;
    bool valid = false;
    PhoneNumberUtil::ErrorType err = util->Parse("+" + line, "ZZ", &number);
    if (err == PhoneNumberUtil::NO_PARSING_ERROR) {
      valid = util->IsValidNumber(number);
      util->GetRegionCodeForNumber(number, &region);
      if (region == "ZZ") region.clear();
    }
    std::cout << line << '\t' << (valid ? 1 : 0) << '\t' << region << '\n';
  }
  return 0;
}
