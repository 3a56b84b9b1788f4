package id.pug.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.InvalidValueException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rupiah arithmetic never wraps: over 1,000 seeded pairs of amounts, biased to the edges of the
 * range, every sum, difference, product and total is the exact result (compared with {@link
 * BigInteger}) or an {@link InvalidValueException} when the exact result is out of range; text
 * round-trips.
 */
class RupiahPropertiesTest {
  private static final long MAX = Long.MAX_VALUE;
  private static final BigInteger UPPER = BigInteger.valueOf(MAX);
  private static final BigInteger LOWER = BigInteger.valueOf(-MAX);

  private static long draw(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> MAX - r.nextLong(0, 1_000); // near the top
      case 1 -> -MAX + r.nextLong(0, 1_000); // near the bottom
      case 2 -> r.nextLong(-1_000, 1_001); // near zero
      case 3 -> (r.nextBoolean() ? 1 : -1) * (MAX / 2 + r.nextLong(-1_000, 1_000)); // halves
      default -> r.nextLong(-MAX, MAX); // anywhere
    };
  }

  record Pair(long a, long b) {}

  static Stream<Pair> pairs() {
    SplittableRandom r = new SplittableRandom(20_261_201L);
    return IntStream.range(0, 1_000).mapToObj(i -> new Pair(draw(r), draw(r)));
  }

  private static void assertExactOrOverflow(BigInteger exact, ThrowingCallable call, Rupiah[] out)
      throws Throwable {
    if (exact.compareTo(LOWER) < 0 || exact.compareTo(UPPER) > 0) {
      assertThatThrownBy(call)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("Rupiah.amount must stay within");
    } else {
      call.call();
      assertThat(BigInteger.valueOf(out[0].amount())).isEqualTo(exact);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void plusMinusTimesAndSum_areExactOrRefused(Pair p) throws Throwable {
    Rupiah a = Rupiah.of(p.a());
    Rupiah b = Rupiah.of(p.b());
    BigInteger x = BigInteger.valueOf(p.a());
    BigInteger y = BigInteger.valueOf(p.b());
    Rupiah[] out = new Rupiah[1];
    assertExactOrOverflow(x.add(y), () -> out[0] = a.plus(b), out);
    assertExactOrOverflow(x.subtract(y), () -> out[0] = a.minus(b), out);
    long factor = p.b() % 1_000;
    assertExactOrOverflow(
        x.multiply(BigInteger.valueOf(factor)), () -> out[0] = a.times(factor), out);
    List<Rupiah> three = new ArrayList<>(List.of(a, b, a));
    assertExactOrOverflow(x.add(y).add(x), () -> out[0] = Rupiah.sum(three), out);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void textRoundTrips_andOrderFollowsTheAmount(Pair p) {
    Rupiah a = Rupiah.of(p.a());
    assertThat(Rupiah.parse(a.format())).isEqualTo(a);
    assertThat(Rupiah.parse(Long.toString(p.a()))).isEqualTo(a);
    assertThat(Integer.signum(a.compareTo(Rupiah.of(p.b()))))
        .isEqualTo(Integer.signum(Long.compare(p.a(), p.b())));
    assertThat(a.toBigDecimal().longValueExact()).isEqualTo(p.a());
  }
}
