// libphonenumber_bench.cc
//   Target 1 of the benchmark, the reference: the same numbers as
//   bench/core_bench.c through Google's libphonenumber C++ library as the
//   distribution packages it (Debian's libphonenumber-dev): Parse, then
//   GetRegionCodeForNumber, which is what a C++ program would call.
//
//   libphonenumber_bench FILE [PASSES]   times PASSES passes (default 1) and
//                                        prints "lookups WALL_SECONDS
//                                        CPU_SECONDS CHECKSUM" (CPU: the
//                                        process's CPU time)
//   libphonenumber_bench --regions FILE  prints "number<TAB>region" per
//                                        number (empty for "ZZ" or a parse
//                                        error)
//
//   FILE: one number per line (digits, the calling code first, no "+"),
//   optionally followed by a tab and more fields.  Each is parsed as
//   "+" followed by the digits, with "ZZ" (unknown) as the default region,
//   the strings being built before the clock starts.
//
//   Build: g++ -O2 -o libphonenumber_bench bench/libphonenumber_bench.cc -lphonenumber

#include <time.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

std::vector<std::string> Load(const char* path) {
  std::ifstream in(path);
  if (!in) {
    std::perror(path);
    std::exit(2);
  }
  std::vector<std::string> numbers;
  std::string line;
  while (std::getline(in, line)) {
    std::string digits = line.substr(0, line.find_first_of("\t\r"));
    if (digits.empty()) continue;
    numbers.push_back("+" + digits);
  }
  if (numbers.empty()) {
    std::cerr << path << ": no numbers\n";
    std::exit(2);
  }
  return numbers;
}

// One number to its region, "ZZ" when there is none.
inline void Region(const PhoneNumberUtil* util, const std::string& text,
                   PhoneNumber* number, std::string* region) {
  if (util->Parse(text, "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR) {
    util->GetRegionCodeForNumber(*number, region);
  } else {
    *region = "ZZ";
  }
}

uint64_t Pass(const PhoneNumberUtil* util,
              const std::vector<std::string>& numbers) {
  uint64_t sum = 0;
  PhoneNumber number;
  std::string region;
  for (const std::string& text : numbers) {
    Region(util, text, &number, &region);
    sum += region.size() >= 2
               ? static_cast<unsigned char>(region[0]) * 31 +
                     static_cast<unsigned char>(region[1])
               : 7;
  }
  return sum;
}

}  // namespace

int main(int argc, char** argv) {
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  if (argc == 3 && std::strcmp(argv[1], "--regions") == 0) {
    std::vector<std::string> numbers = Load(argv[2]);
    PhoneNumber number;
    std::string region;
    std::ios::sync_with_stdio(false);
    for (const std::string& text : numbers) {
      Region(util, text, &number, &region);
      std::cout << text.substr(1) << '\t' << (region == "ZZ" ? "" : region)
                << '\n';
    }
    return 0;
  }
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: " << argv[0] << " FILE [PASSES] | --regions FILE\n";
    return 2;
  }
  std::vector<std::string> numbers = Load(argv[1]);
  int passes = argc == 3 ? std::atoi(argv[2]) : 1;
  if (passes < 1) passes = 1;

  // Warm up (the library's lazily built regular expressions), untimed.
  std::vector<std::string> head(
      numbers.begin(),
      numbers.begin() + std::min<size_t>(numbers.size(), 20000));
  uint64_t sum = Pass(util, head);

  timespec t0, t1, c0, c1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
  for (int p = 0; p < passes; ++p) sum += Pass(util, numbers);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  std::printf("%zu %.6f %.6f %llu\n",
              numbers.size() * static_cast<size_t>(passes),
              (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
              (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) / 1e9,
              static_cast<unsigned long long>(sum));
  return 0;
}
