/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Segment Page Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * DEFSEG page-range type.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getSegmentPageType()
 * @model
 * @generated
 */
public enum SegmentPageType implements Enumerator {
	/**
	 * The '<em><b>SW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SW_VALUE
	 * @generated
	 * @ordered
	 */
	SW(0, "SW", "SW"),

	/**
	 * The '<em><b>EW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EW_VALUE
	 * @generated
	 * @ordered
	 */
	EW(1, "EW", "EW"),

	/**
	 * The '<em><b>SR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR_VALUE
	 * @generated
	 * @ordered
	 */
	SR(2, "SR", "SR"),

	/**
	 * The '<em><b>ER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ER_VALUE
	 * @generated
	 * @ordered
	 */
	ER(3, "ER", "ER"),

	/**
	 * The '<em><b>SN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SN_VALUE
	 * @generated
	 * @ordered
	 */
	SN(4, "SN", "SN"),

	/**
	 * The '<em><b>EN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_VALUE
	 * @generated
	 * @ordered
	 */
	EN(5, "EN", "EN"),

	/**
	 * The '<em><b>SC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SC_VALUE
	 * @generated
	 * @ordered
	 */
	SC(6, "SC", "SC");

	/**
	 * The '<em><b>SW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SW_VALUE = 0;

	/**
	 * The '<em><b>EW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EW_VALUE = 1;

	/**
	 * The '<em><b>SR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SR_VALUE = 2;

	/**
	 * The '<em><b>ER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ER_VALUE = 3;

	/**
	 * The '<em><b>SN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SN_VALUE = 4;

	/**
	 * The '<em><b>EN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EN_VALUE = 5;

	/**
	 * The '<em><b>SC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SC_VALUE = 6;

	/**
	 * An array of all the '<em><b>Segment Page Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SegmentPageType[] VALUES_ARRAY =
		new SegmentPageType[] {
			SW,
			EW,
			SR,
			ER,
			SN,
			EN,
			SC,
		};

	/**
	 * A public read-only list of all the '<em><b>Segment Page Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SegmentPageType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Segment Page Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentPageType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentPageType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Page Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentPageType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentPageType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Page Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentPageType get(int value) {
		switch (value) {
			case SW_VALUE: return SW;
			case EW_VALUE: return EW;
			case SR_VALUE: return SR;
			case ER_VALUE: return ER;
			case SN_VALUE: return SN;
			case EN_VALUE: return EN;
			case SC_VALUE: return SC;
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
	private SegmentPageType(int value, String name, String literal) {
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
	
} //SegmentPageType
