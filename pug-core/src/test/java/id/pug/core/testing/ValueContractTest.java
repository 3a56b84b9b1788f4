package id.pug.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.pug.core.region.Population;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract checks find what they look for: they are not vacuous. */
class ValueContractTest {

  /** Everything the contract forbids. */
  @SuppressWarnings("unused") // read by reflection
  public static final class Mutable {
    public static final String[] NAMES = {"a"};
    public static final List<String> LIST = new ArrayList<>();
    public static final ImmutableList<String> FINE = ImmutableList.of("a");
    public int count;
    private final List<String> items = new ArrayList<>();

    public void setCount(int count) {
      this.count = count;
    }

    public List<String> items() {
      return items;
    }
  }

  /** A well-behaved type: only its own toString problem remains (it prints Object's default). */
  public static final class Fine {
    public ImmutableList<String> items() {
      return ImmutableList.of("a");
    }

    public List<String> view() {
      return List.of("a");
    }
  }

  @Test
  void structureProblems_findNonFinalFields_arrays_modifiableConstants_andSetters() {
    assertThat(ValueContract.structureProblems(Mutable.class))
        .anySatisfy(p -> assertThat(p).startsWith("Mutable.NAMES is a public array"))
        .anySatisfy(p -> assertThat(p).startsWith("Mutable.LIST holds a modifiable"))
        .anySatisfy(p -> assertThat(p).startsWith("Mutable.count is a public field that is not"))
        .anySatisfy(p -> assertThat(p).startsWith("Mutable.setCount(int) is a setter"))
        .noneSatisfy(p -> assertThat(p).contains("FINE"))
        .hasSize(4);
  }

  @Test
  void instanceProblems_findNonFinalFields_andModifiableCollections() {
    assertThat(ValueContract.instanceProblems(new Mutable()))
        .containsExactlyInAnyOrder(
            "Mutable.count is not final",
            "Mutable.items() returns a modifiable java.util.ArrayList");
    assertThat(ValueContract.instanceProblems(new Fine())).isEmpty();
  }

  @Test
  void toStringProblems_findObjectsDefault_andDifferencesBetweenEqualValues() {
    assertThat(ValueContract.toStringProblems(new Fine(), new Fine()))
        .anySatisfy(p -> assertThat(p).contains("Object's default"))
        .anySatisfy(p -> assertThat(p).contains("differs between equal values"));
    assertThat(ValueContract.toStringProblems(Population.of(1, 2), Population.of(1, 2))).isEmpty();
  }

  @Test
  void testEquality_changesEveryAttribute_andFailsWhenOneIsShared() {
    ValueContract.testEquality(() -> Population.of(1, 2), Population.of(3, 4));
    assertThat(ValueContract.sharedAttributes(Population.of(1, 2), Population.of(1, 4)))
        .containsExactly("male");
    assertThatThrownBy(
            () -> ValueContract.testEquality(() -> Population.of(1, 2), Population.of(1, 4)))
        .isInstanceOf(AssertionError.class);
  }
}
