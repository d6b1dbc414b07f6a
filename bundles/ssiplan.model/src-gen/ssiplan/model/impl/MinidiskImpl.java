/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.AccessMode;
import ssiplan.model.DasdVolume;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Minidisk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getStart <em>Start</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getSize <em>Size</em>}</li>
 *   <li>{@link ssiplan.model.impl.MinidiskImpl#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MinidiskImpl extends EObjectImpl implements Minidisk {
	/**
	 * The default value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected static final String VADDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaddr() <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaddr()
	 * @generated
	 * @ordered
	 */
	protected String vaddr = VADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MinidiskKind KIND_EDEFAULT = MinidiskKind.MDISK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MinidiskKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected DasdVolume volume;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final AccessMode MODE_EDEFAULT = AccessMode.MR;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected AccessMode mode = MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MinidiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.MINIDISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVaddr() {
		return vaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaddr(String newVaddr) {
		String oldVaddr = vaddr;
		vaddr = newVaddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__VADDR, oldVaddr, vaddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MinidiskKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MinidiskKind newKind) {
		MinidiskKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume getVolume() {
		if (volume != null && volume.eIsProxy()) {
			InternalEObject oldVolume = (InternalEObject)volume;
			volume = (DasdVolume)eResolveProxy(oldVolume);
			if (volume != oldVolume) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.MINIDISK__VOLUME, oldVolume, volume));
			}
		}
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdVolume basicGetVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(DasdVolume newVolume) {
		DasdVolume oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(AccessMode newMode) {
		AccessMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.MINIDISK__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK__VADDR:
				return getVaddr();
			case SsiplanPackage.MINIDISK__KIND:
				return getKind();
			case SsiplanPackage.MINIDISK__VOLUME:
				if (resolve) return getVolume();
				return basicGetVolume();
			case SsiplanPackage.MINIDISK__START:
				return getStart();
			case SsiplanPackage.MINIDISK__SIZE:
				return getSize();
			case SsiplanPackage.MINIDISK__MODE:
				return getMode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK__VADDR:
				setVaddr((String)newValue);
				return;
			case SsiplanPackage.MINIDISK__KIND:
				setKind((MinidiskKind)newValue);
				return;
			case SsiplanPackage.MINIDISK__VOLUME:
				setVolume((DasdVolume)newValue);
				return;
			case SsiplanPackage.MINIDISK__START:
				setStart((Integer)newValue);
				return;
			case SsiplanPackage.MINIDISK__SIZE:
				setSize((Integer)newValue);
				return;
			case SsiplanPackage.MINIDISK__MODE:
				setMode((AccessMode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK__VADDR:
				setVaddr(VADDR_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK__VOLUME:
				setVolume((DasdVolume)null);
				return;
			case SsiplanPackage.MINIDISK__START:
				setStart(START_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SsiplanPackage.MINIDISK__MODE:
				setMode(MODE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.MINIDISK__VADDR:
				return VADDR_EDEFAULT == null ? vaddr != null : !VADDR_EDEFAULT.equals(vaddr);
			case SsiplanPackage.MINIDISK__KIND:
				return kind != KIND_EDEFAULT;
			case SsiplanPackage.MINIDISK__VOLUME:
				return volume != null;
			case SsiplanPackage.MINIDISK__START:
				return start != START_EDEFAULT;
			case SsiplanPackage.MINIDISK__SIZE:
				return size != SIZE_EDEFAULT;
			case SsiplanPackage.MINIDISK__MODE:
				return mode != MODE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vaddr: ");
		result.append(vaddr);
		result.append(", kind: ");
		result.append(kind);
		result.append(", start: ");
		result.append(start);
		result.append(", size: ");
		result.append(size);
		result.append(", mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //MinidiskImpl
