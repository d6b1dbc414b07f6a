/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ficon Speed</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * FICON/FCP adapter generation; the link rate in Gb/s is derived in ssiplan.model.derived.ChannelRate.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getFiconSpeed()
 * @model
 * @generated
 */
public enum FiconSpeed implements Enumerator {
	/**
	 * The '<em><b>EXPRESS2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS2_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS2(0, "EXPRESS2", "Express2"),

	/**
	 * The '<em><b>EXPRESS4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS4_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS4(1, "EXPRESS4", "Express4"),

	/**
	 * The '<em><b>EXPRESS8</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS8_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS8(2, "EXPRESS8", "Express8"),

	/**
	 * The '<em><b>EXPRESS8S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS8S_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS8S(3, "EXPRESS8S", "Express8S"),

	/**
	 * The '<em><b>EXPRESS16S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16S_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS16S(4, "EXPRESS16S", "Express16S"),

	/**
	 * The '<em><b>EXPRESS16S PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16S_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS16S_PLUS(5, "EXPRESS16S_PLUS", "Express16S+"),

	/**
	 * The '<em><b>EXPRESS16SA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16SA_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS16SA(6, "EXPRESS16SA", "Express16SA"),

	/**
	 * The '<em><b>EXPRESS32S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS32S_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESS32S(7, "EXPRESS32S", "Express32S");

	/**
	 * The '<em><b>EXPRESS2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS2
	 * @model literal="Express2"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS2_VALUE = 0;

	/**
	 * The '<em><b>EXPRESS4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS4
	 * @model literal="Express4"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS4_VALUE = 1;

	/**
	 * The '<em><b>EXPRESS8</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS8
	 * @model literal="Express8"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS8_VALUE = 2;

	/**
	 * The '<em><b>EXPRESS8S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS8S
	 * @model literal="Express8S"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS8S_VALUE = 3;

	/**
	 * The '<em><b>EXPRESS16S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16S
	 * @model literal="Express16S"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS16S_VALUE = 4;

	/**
	 * The '<em><b>EXPRESS16S PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16S_PLUS
	 * @model literal="Express16S+"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS16S_PLUS_VALUE = 5;

	/**
	 * The '<em><b>EXPRESS16SA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS16SA
	 * @model literal="Express16SA"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS16SA_VALUE = 6;

	/**
	 * The '<em><b>EXPRESS32S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESS32S
	 * @model literal="Express32S"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESS32S_VALUE = 7;

	/**
	 * An array of all the '<em><b>Ficon Speed</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FiconSpeed[] VALUES_ARRAY =
		new FiconSpeed[] {
			EXPRESS2,
			EXPRESS4,
			EXPRESS8,
			EXPRESS8S,
			EXPRESS16S,
			EXPRESS16S_PLUS,
			EXPRESS16SA,
			EXPRESS32S,
		};

	/**
	 * A public read-only list of all the '<em><b>Ficon Speed</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FiconSpeed> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ficon Speed</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FiconSpeed get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FiconSpeed result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ficon Speed</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FiconSpeed getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FiconSpeed result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ficon Speed</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FiconSpeed get(int value) {
		switch (value) {
			case EXPRESS2_VALUE: return EXPRESS2;
			case EXPRESS4_VALUE: return EXPRESS4;
			case EXPRESS8_VALUE: return EXPRESS8;
			case EXPRESS8S_VALUE: return EXPRESS8S;
			case EXPRESS16S_VALUE: return EXPRESS16S;
			case EXPRESS16S_PLUS_VALUE: return EXPRESS16S_PLUS;
			case EXPRESS16SA_VALUE: return EXPRESS16SA;
			case EXPRESS32S_VALUE: return EXPRESS32S;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FiconSpeed(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FiconSpeed
